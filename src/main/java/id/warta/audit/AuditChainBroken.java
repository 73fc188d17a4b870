package id.warta.audit;

import java.time.Instant;

/**
 * A check found the audit chain broken: from entry {@code brokenSeq} on, the trail can no longer be trusted.
 * {@code problem} is a message key saying how it broke.
 */
public record AuditChainBroken(long brokenSeq, String problem, Instant checkedAt) {
}
