package id.warta.audit.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One walk along the chain in sequence order, fed page by page: reports the first link that does not hold — a
 * missing entry, an entry whose hash does not match (also a plain entry after the chain became keyed: a forger
 * who recomputes plain hashes must not pass), an entry that does not point at its predecessor, a head that
 * points past the last entry, or a chain that no longer holds an anchored head.
 */
final class ChainWalk {

	private final AuditHashing hashing;
	private final Instant now;
	private final Map<Long, String> anchored = new HashMap<>();
	private long expectedSeq = 1;
	private String expectedPrev = AuditHashing.GENESIS;
	private long checked;
	private boolean keyed;
	private ChainVerification broken;

	ChainWalk(AuditHashing hashing, Instant now, List<ChainAnchor> anchors) {
		this.hashing = hashing;
		this.now = now;
		anchors.forEach(anchor -> anchored.put(anchor.seq(), anchor.hash()));
	}

	long nextSeq() {
		return expectedSeq;
	}

	/** False once a link is broken: the rest of the chain need not be read. */
	boolean accept(AuditEntry entry) {
		if (broken != null) {
			return false;
		}
		if (entry.seq() != expectedSeq) {
			return fail(expectedSeq, "audit.problem.missing");
		}
		if (!entry.prevHash().equals(expectedPrev)) {
			return fail(entry.seq(), "audit.problem.link");
		}
		boolean plainAfterKeyed = keyed && AuditHashing.PLAIN.equals(entry.algorithm());
		if (plainAfterKeyed || !hashing.holds(entry)) {
			return fail(entry.seq(), "audit.problem.altered");
		}
		String anchoredHash = anchored.remove(entry.seq());
		if (anchoredHash != null && !anchoredHash.equals(entry.hash())) {
			return fail(entry.seq(), "audit.problem.rolledBack");
		}
		keyed |= AuditHashing.KEYED.equals(entry.algorithm());
		checked++;
		expectedSeq++;
		expectedPrev = entry.hash();
		return true;
	}

	/** The outcome once every entry is read, against the head row that the writers keep. */
	ChainVerification end(long headSeq, Object headHash) {
		if (broken != null) {
			return broken;
		}
		if (checked != headSeq || !expectedPrev.equals(headHash)) {
			return ChainVerification.broken(now, checked, expectedSeq, "audit.problem.truncated");
		}
		// An anchored entry the walk never reached: the chain is shorter than it once was.
		if (!anchored.isEmpty()) {
			return ChainVerification.broken(now, checked, expectedSeq, "audit.problem.rolledBack");
		}
		return ChainVerification.intact(now, checked, expectedPrev);
	}

	private boolean fail(long seq, String problem) {
		broken = ChainVerification.broken(now, checked, seq, problem);
		return false;
	}
}
