package id.warta.publishing.internal;

import java.time.Instant;

import id.warta.channels.Posted;
import id.warta.publishing.PublicationState;

/**
 * A publication one node holds under one claim, and every way that claim may end. The queue's states and
 * transitions are decided here; {@link PublicationQueue} only persists an {@link Ending}, and only while the lease
 * is still this claim's. The lease owner names the node and the attempt, so that a later claim of the same row
 * (by another node, or by this node after its lease ran out) makes every write of this claim miss.
 *
 * @param publication the row as it was when claimed
 * @param attemptNumber the number of the attempt this claim recorded
 * @param takenOver whether an earlier holder's lease had run out mid-way
 */
record Claim(Publication publication, int attemptNumber, boolean takenOver) {

	/** Whether a row may be claimed now: waiting for its time, or sending under a lease that ran out. */
	static boolean claimable(PublicationState state, Instant nextAttemptAt, Instant leaseUntil, Instant now) {
		return switch (state) {
			case QUEUED -> !nextAttemptAt.isAfter(now);
			case SENDING -> leaseUntil == null || leaseUntil.isBefore(now);
			default -> false;
		};
	}

	/** The lease owner written with the claim and required by every later write: node and attempt. */
	static String leaseOwner(String node, int attemptNumber) {
		return node + "#" + attemptNumber;
	}

	String leaseOwner(String node) {
		return leaseOwner(node, attemptNumber);
	}

	/** The platform made the post public (or reconciling found it public). */
	Ending published(Posted posted, String how, Instant now) {
		return new Ending(PublicationState.PUBLISHED, null, 0, null, null, posted, now, "PUBLISHED", how,
				"PUBLISHED", posted.permalink());
	}

	/** A failure worth another attempt, at the given time. */
	Ending retryLater(Instant at, String errorKey, String detail) {
		return new Ending(PublicationState.QUEUED, at, 0, errorKey, detail, null, null, "RETRY", detail,
				"RETRY_SCHEDULED", detail);
	}

	/** Waits for something on our side (media still being processed) without using up an attempt. */
	Ending postpone(Instant at, String detail) {
		return new Ending(PublicationState.QUEUED, at, -1, publication.errorKey(), publication.errorDetail(), null,
				null, "WAITING", detail, null, null);
	}

	/** No more attempts without a person: failed, needing a reconnect, or needing a look on the platform. */
	Ending stop(PublicationState state, String errorKey, String detail) {
		if (state == PublicationState.QUEUED || state == PublicationState.SENDING || state.settlesStep()) {
			throw new IllegalArgumentException("A claim does not stop as " + state);
		}
		return new Ending(state, null, 0, errorKey, detail, null, null, state.name(), detail, state.name(), detail);
	}

	/**
	 * How a claim ends: the row's new state and fields, the attempt's outcome, and the audit action (none for a
	 * postponement, which is no event a person needs to see).
	 */
	record Ending(PublicationState state, Instant nextAttemptAt, int attemptsChange, String errorKey,
			String errorDetail, Posted posted, Instant publishedAt, String attemptOutcome, String attemptDetail,
			String auditAction, String auditDetail) {

		boolean settlesStep() {
			return state.settlesStep();
		}
	}
}
