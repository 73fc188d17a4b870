-- The chain becomes keyed (HMAC-SHA256 with a key kept outside the database). Entries written before keep their
-- plain SHA-256 and stay verifiable: each entry says which function made its hash.
ALTER TABLE audit_entry ADD COLUMN algorithm VARCHAR(20) DEFAULT 'SHA-256' NOT NULL;

-- What the writer last used, so that the first keyed entry can say that the chain became keyed.
ALTER TABLE audit_head ADD COLUMN last_algorithm VARCHAR(20) DEFAULT 'SHA-256' NOT NULL;
