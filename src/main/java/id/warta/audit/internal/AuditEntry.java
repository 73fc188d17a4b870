package id.warta.audit.internal;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.RowMapper;

/**
 * One stored link of the chain, exactly as it is in the database; {@code algorithm} names the function that made
 * its hash ({@code SHA-256} before the chain was keyed, {@code HMAC-SHA256} since).
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, String action, String objectType, String objectId,
		String details, String prevHash, String hash, String algorithm) {

	static final RowMapper<AuditEntry> ROW = (rs, row) -> new AuditEntry(rs.getLong("seq"),
			rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
			rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"), rs.getString("details"),
			rs.getString("prev_hash"), rs.getString("hash"), rs.getString("algorithm"));
}
