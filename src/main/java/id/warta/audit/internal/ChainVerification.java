package id.warta.audit.internal;

import java.time.Instant;

/**
 * The outcome of one walk along the chain. {@code problem} is a message key for the first broken link, and
 * {@code brokenSeq} the sequence number where the chain stops being trustworthy. {@code headHash} is the hash of
 * the last entry walked, known only right after a walk (not kept with stored outcomes).
 */
public record ChainVerification(Instant checkedAt, long entries, boolean intact, Long brokenSeq, String problem,
		String headHash) {

	public static ChainVerification intact(Instant at, long entries, String headHash) {
		return new ChainVerification(at, entries, true, null, null, headHash);
	}

	public static ChainVerification broken(Instant at, long entries, long seq, String problem) {
		return new ChainVerification(at, entries, false, seq, problem, null);
	}
}
