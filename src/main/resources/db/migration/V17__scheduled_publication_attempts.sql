-- A scheduled publication that fails is tried again on the next passes, then dropped (with an audit entry)
-- instead of blocking the others: how many times it failed, and why the last time.
ALTER TABLE scheduled_publication ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE scheduled_publication ADD COLUMN last_error VARCHAR(500);
