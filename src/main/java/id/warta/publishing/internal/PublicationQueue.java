package id.warta.publishing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import id.warta.audit.AuditTrail;
import id.warta.channels.Posted;
import id.warta.newsroom.Channel;
import id.warta.publishing.PublicationRecorded;
import id.warta.publishing.PublicationState;
import id.warta.newsroom.StepFourSettled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The durable queue of publications in plain SQL. Every change is its own short transaction, committed before
 * the dispatcher calls a platform, so that a crash leaves a true record: what was attempted, how far it got.
 * The states and transitions of a claimed publication are decided by {@link Claim}; every write made under a claim
 * checks that the claim still holds the lease, so a node that lost it never overwrites the new holder's result.
 */
@Component
public class PublicationQueue {

	private static final Logger log = LoggerFactory.getLogger(PublicationQueue.class);

	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final PublicationRows rows;

	PublicationQueue(JdbcTemplate jdbc, TransactionTemplate transactions, ApplicationEventPublisher events,
			Clock clock, PublicationRows rows) {
		this.rows = rows;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/** Queues a story's post on a channel once; a second call for the same pair does nothing. */
	void queue(long agencyId, long storyId, int revision, String contentHash, Channel channel,
			PublicationState state, String errorKey) {
		transactions.executeWithoutResult(status -> {
			Instant now = clock.instant();
			try {
				jdbc.update("""
						INSERT INTO publication (agency_id, story_id, revision, content_hash, channel, state,
						  next_attempt_at, error_key, created_at, updated_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", agencyId, storyId, revision, contentHash,
						channel.name(), state.name(), utc(now), errorKey, utc(now), utc(now));
			}
			catch (DuplicateKeyException alreadyQueued) {
				return;
			}
			long id = jdbc.queryForObject("SELECT id FROM publication WHERE story_id = ? AND channel = ?", Long.class,
					storyId, channel.name());
			events.publishEvent(new PublicationRecorded(AuditTrail.SYSTEM, id, storyId, channel, "QUEUED",
					state == PublicationState.QUEUED ? null : state.name()));
		});
	}

	/**
	 * Takes the next due publication for this node: one waiting for its time, or one whose holder's lease ran out.
	 * {@code SKIP LOCKED} keeps two nodes from taking the same row; the attempt is recorded in the same commit, and
	 * the lease is written in this claim's name (node and attempt), which every later write of the claim requires.
	 */
	Optional<Claim> claim(String node, Duration lease) {
		return transactions.execute(status -> {
			Instant now = clock.instant();
			List<Long> due = jdbc.queryForList("""
					SELECT id FROM publication
					WHERE (state = 'QUEUED' AND next_attempt_at <= ?) OR (state = 'SENDING' AND lease_until < ?)
					ORDER BY next_attempt_at FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED""", Long.class, utc(now),
					utc(now));
			if (due.isEmpty()) {
				return Optional.<Claim>empty();
			}
			Publication found = rows.find(due.get(0)).orElseThrow();
			if (!Claim.claimable(found.state(), found.nextAttemptAt(), rows.leaseUntil(found.id()), now)) {
				return Optional.<Claim>empty();
			}
			boolean takenOver = found.state() == PublicationState.SENDING;
			if (takenOver) {
				jdbc.update("""
						UPDATE publication_attempt SET finished_at = ?, outcome = 'INTERRUPTED'
						WHERE publication_id = ? AND finished_at IS NULL""", utc(now), found.id());
			}
			int number = jdbc.queryForObject(
					"SELECT COALESCE(MAX(number), 0) + 1 FROM publication_attempt WHERE publication_id = ?",
					Integer.class, found.id());
			jdbc.update("""
					UPDATE publication SET state = 'SENDING', attempts = attempts + 1, lease_owner = ?, lease_until = ?,
					  updated_at = ? WHERE id = ?""", Claim.leaseOwner(node, number), utc(now.plus(lease)), utc(now),
					found.id());
			jdbc.update("""
					INSERT INTO publication_attempt (publication_id, number, node, started_at) VALUES (?, ?, ?, ?)""",
					found.id(), number, node, utc(now));
			events.publishEvent(new PublicationRecorded(AuditTrail.SYSTEM, found.id(), found.storyId(),
					found.channel(), "ATTEMPTED", "#" + number + (takenOver ? " taken over" : "")));
			return Optional.of(new Claim(rows.find(found.id()).orElseThrow(), number, takenOver));
		});
	}

	/** Keeps a connector's progress and renews the lease; false when this claim no longer holds the publication. */
	boolean saveProgress(long id, String leaseOwner, String progress, Duration lease) {
		Instant now = clock.instant();
		return jdbc.update("""
				UPDATE publication SET progress = ?, lease_until = ?, updated_at = ? WHERE id = ? AND lease_owner = ?
				  AND state = 'SENDING'""", progress, utc(now.plus(lease)), utc(now), id, leaseOwner) == 1;
	}

	boolean markPublicStep(long id, String leaseOwner, boolean sent) {
		return jdbc.update("""
				UPDATE publication SET public_step_sent = ?, updated_at = ? WHERE id = ? AND lease_owner = ?
				  AND state = 'SENDING'""", sent, utc(clock.instant()), id, leaseOwner) == 1;
	}

	/**
	 * Writes how a claim ended, if the claim still holds the publication. When it does not (its lease ran out and
	 * another claim took the row), the new holder's result stands: this one is only noted on its own attempt and in
	 * the audit trail, and false is returned.
	 */
	boolean finish(Claim claim, String node, Claim.Ending ending) {
		return transactions.execute(status -> {
			Instant now = clock.instant();
			Publication publication = claim.publication();
			Posted posted = ending.posted();
			int changed = jdbc.update("""
					UPDATE publication SET state = ?, next_attempt_at = COALESCE(?, next_attempt_at),
					  attempts = attempts + ?, error_key = ?, error_detail = ?,
					  external_id = COALESCE(?, external_id), permalink = COALESCE(?, permalink),
					  published_at = COALESCE(?, published_at), lease_owner = NULL, lease_until = NULL, updated_at = ?
					WHERE id = ? AND state = 'SENDING' AND lease_owner = ?""", ending.state().name(),
					ending.nextAttemptAt() == null ? null : utc(ending.nextAttemptAt()), ending.attemptsChange(),
					ending.errorKey(), cut(ending.errorDetail()), posted == null ? null : posted.externalId(),
					posted == null ? null : posted.permalink(),
					ending.publishedAt() == null ? null : utc(ending.publishedAt()), utc(now), publication.id(),
					claim.leaseOwner(node));
			if (changed == 0) {
				leaseLost(claim, node, "would have been " + ending.state()
						+ (ending.attemptDetail() == null ? "" : ": " + ending.attemptDetail()));
				return false;
			}
			finishAttempt(publication.id(), claim.attemptNumber(), ending.attemptOutcome(), ending.attemptDetail());
			if (ending.auditAction() != null) {
				events.publishEvent(new PublicationRecorded(AuditTrail.SYSTEM, publication.id(),
						publication.storyId(), publication.channel(), ending.auditAction(), cut(ending.auditDetail())));
			}
			if (ending.settlesStep()) {
				settleIfDone(publication.storyId());
			}
			return true;
		});
	}

	/**
	 * Notes a claim whose lease another claim took: not an error (the lease exists for this), but worth knowing,
	 * since the platform may have been called twice. The later claim reconciles before it sends.
	 */
	void leaseLost(Claim claim, String node, String what) {
		transactions.executeWithoutResult(status -> {
			Publication publication = claim.publication();
			String detail = "lease lost by " + claim.leaseOwner(node) + "; " + what;
			log.warn("Publication {}: {}", publication.id(), detail);
			jdbc.update("""
					UPDATE publication_attempt SET finished_at = COALESCE(finished_at, ?), outcome = 'LEASE_LOST',
					  detail = ? WHERE publication_id = ? AND number = ?""", utc(clock.instant()), cut(detail),
					publication.id(), claim.attemptNumber());
			events.publishEvent(new PublicationRecorded(AuditTrail.SYSTEM, publication.id(), publication.storyId(),
					publication.channel(), "LEASE_LOST", cut(detail)));
		});
	}

	/** Staff ask for another try: a failed, cancelled, reconnect-waiting or unclear publication goes again now. */
	boolean retry(long id, String actor) {
		return staffChange(id, actor, "RETRIED", null, """
				UPDATE publication SET state = 'QUEUED', attempts = 0, next_attempt_at = ?, public_step_sent = FALSE,
				  updated_at = ? WHERE id = ? AND state IN ('FAILED', 'CANCELLED', 'NEEDS_RECONNECT', 'NEEDS_CHECK')""",
				true);
	}

	/** Staff stop the attempts of a waiting publication; it may be retried later. */
	boolean cancel(long id, String actor) {
		return staffChange(id, actor, "CANCELLED", null, """
				UPDATE publication SET state = 'CANCELLED', updated_at = ? WHERE id = ? AND state = 'QUEUED'""", false);
	}

	/** Staff decide the channel does not get this story; step 4 counts it as done. */
	boolean skip(long id, String actor, String reason) {
		return transactions.execute(status -> {
			Instant now = clock.instant();
			int changed = jdbc.update("""
					UPDATE publication SET state = 'SKIPPED', skip_reason = ?, updated_at = ?
					WHERE id = ? AND state NOT IN ('PUBLISHED', 'SENDING', 'SKIPPED', 'WITHDRAWN', 'REMOVE_BY_HAND')""",
					cut(reason), utc(now), id);
			if (changed == 1) {
				Publication publication = rows.find(id).orElseThrow();
				events.publishEvent(new PublicationRecorded(actor, id, publication.storyId(), publication.channel(),
						"SKIPPED", cut(reason)));
				settleIfDone(publication.storyId());
			}
			return changed == 1;
		});
	}

	/** A person found an unclear post on the platform: it is public, at this address. */
	boolean confirmPublished(long id, String actor, String permalink) {
		return transactions.execute(status -> {
			Instant now = clock.instant();
			int changed = jdbc.update("""
					UPDATE publication SET state = 'PUBLISHED', permalink = ?, published_at = ?, updated_at = ?
					WHERE id = ? AND state = 'NEEDS_CHECK'""", cut(permalink), utc(now), utc(now), id);
			if (changed == 1) {
				Publication publication = rows.find(id).orElseThrow();
				events.publishEvent(new PublicationRecorded(actor, id, publication.storyId(), publication.channel(),
						"CONFIRMED", cut(permalink)));
				settleIfDone(publication.storyId());
			}
			return changed == 1;
		});
	}

	void withdrawn(long id, PublicationState state, String detail) {
		transactions.executeWithoutResult(status -> {
			// Only a published post is withdrawn; a second delivery of the withdrawal finds nothing to change.
			if (jdbc.update("""
					UPDATE publication SET state = ?, error_detail = ?, updated_at = ? WHERE id = ? AND state = 'PUBLISHED'""",
					state.name(), cut(detail), utc(clock.instant()), id) == 0) {
				return;
			}
			Publication publication = rows.find(id).orElseThrow();
			events.publishEvent(new PublicationRecorded(AuditTrail.SYSTEM, id, publication.storyId(),
					publication.channel(), state.name(), cut(detail)));
		});
	}

	/** Publications not yet sent when their story was withdrawn never go. */
	void cancelUnsent(long storyId) {
		jdbc.update("""
				UPDATE publication SET state = 'CANCELLED', error_key = 'publication.withdrawnBeforeSent',
				  updated_at = ? WHERE story_id = ? AND state IN ('QUEUED', 'NEEDS_RECONNECT', 'FAILED')""",
				utc(clock.instant()), storyId);
	}

	private boolean staffChange(long id, String actor, String action, String detail, String sql, boolean withDue) {
		return transactions.execute(status -> {
			Instant now = clock.instant();
			int changed = withDue ? jdbc.update(sql, utc(now), utc(now), id) : jdbc.update(sql, utc(now), id);
			if (changed == 1) {
				Publication publication = rows.find(id).orElseThrow();
				events.publishEvent(new PublicationRecorded(actor, id, publication.storyId(), publication.channel(),
						action, detail));
			}
			return changed == 1;
		});
	}

	private void finishAttempt(long publicationId, int number, String outcome, String detail) {
		jdbc.update("""
				UPDATE publication_attempt SET finished_at = ?, outcome = ?, detail = ?
				WHERE publication_id = ? AND number = ?""", utc(clock.instant()), outcome, cut(detail), publicationId,
				number);
	}

	/**
	 * Step 4 ends when every chosen channel is published or skipped (the website went first). The newsroom owns
	 * the story's clock and stops it when told; the event is published in this transaction, so it is not lost.
	 */
	private void settleIfDone(long storyId) {
		Integer open = jdbc.queryForObject(
				"SELECT COUNT(*) FROM publication WHERE story_id = ? AND state NOT IN ('PUBLISHED', 'SKIPPED')",
				Integer.class, storyId);
		if (open != null && open == 0) {
			events.publishEvent(new StepFourSettled(storyId, clock.instant()));
		}
	}

	private static String cut(String text) {
		return text == null || text.length() <= 2000 ? text : text.substring(0, 1997) + "…";
	}

	static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
