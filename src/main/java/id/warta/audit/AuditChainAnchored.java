package id.warta.audit;

import java.time.Instant;

/**
 * The daily check found the chain intact and anchored its head outside the database: entry {@code seq} with
 * {@code hash}. Sent to the system administrators, so that a copy lives where nobody with the database can reach.
 */
public record AuditChainAnchored(long seq, String hash, Instant anchoredAt) {
}
