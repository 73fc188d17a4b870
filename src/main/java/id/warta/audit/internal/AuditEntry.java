package id.warta.audit.internal;

import java.time.Instant;

/** One stored link of the chain, exactly as it is in the database. */
public record AuditEntry(long seq, Instant occurredAt, String actor, String action, String objectType, String objectId,
		String details, String prevHash, String hash) {
}
