package id.warta.audit.internal;

import java.time.Instant;

/**
 * The outcome of one walk along the chain. {@code problem} is a message key for the first broken link, and
 * {@code brokenSeq} the sequence number where the chain stops being trustworthy.
 */
public record ChainVerification(Instant checkedAt, long entries, boolean intact, Long brokenSeq, String problem) {

	public static ChainVerification intact(Instant at, long entries) {
		return new ChainVerification(at, entries, true, null, null);
	}

	public static ChainVerification broken(Instant at, long entries, long seq, String problem) {
		return new ChainVerification(at, entries, false, seq, problem);
	}
}
