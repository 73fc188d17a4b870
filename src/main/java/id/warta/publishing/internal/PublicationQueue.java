package id.warta.publishing.internal;

import java.time.Clock;
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
import id.warta.sop.SopClocks;
import id.warta.sop.SopItem;
import id.warta.sop.SopStep;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The durable queue of publications in plain SQL. Every change is its own short transaction, committed before
 * the dispatcher calls a platform, so that a crash leaves a true record: what was attempted, how far it got.
 * Changes made while a node holds a publication check that it still holds it.
 */
@Component
public class PublicationQueue {


	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final ApplicationEventPublisher events;
	private final SopClocks clocks;
	private final Clock clock;
	private final PublicationRows rows;

	PublicationQueue(JdbcTemplate jdbc, TransactionTemplate transactions, ApplicationEventPublisher events,
			SopClocks clocks, Clock clock, PublicationRows rows) {
		this.rows = rows;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
		this.clocks = clocks;
		this.clock = clock;
	}

	/** A publication a node now holds, and whether it took it over from a node that stopped mid-way. */
	record Claim(Publication publication, int attemptNumber, boolean takenOver) {
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
	 * {@code SKIP LOCKED} keeps two nodes from taking the same row; the attempt is recorded in the same commit.
	 */
	Optional<Claim> claim(String node, java.time.Duration lease) {
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
					  updated_at = ? WHERE id = ?""", node, utc(now.plus(lease)), utc(now), found.id());
			jdbc.update("""
					INSERT INTO publication_attempt (publication_id, number, node, started_at) VALUES (?, ?, ?, ?)""",
					found.id(), number, node, utc(now));
			events.publishEvent(new PublicationRecorded(AuditTrail.SYSTEM, found.id(), found.storyId(),
					found.channel(), "ATTEMPTED", "#" + number + (takenOver ? " taken over" : "")));
			return Optional.of(new Claim(rows.find(found.id()).orElseThrow(), number, takenOver));
		});
	}

	/** Keeps a connector's progress and renews the lease; false when this node no longer holds the publication. */
	boolean saveProgress(long id, String node, String progress, java.time.Duration lease) {
		Instant now = clock.instant();
		return jdbc.update("""
				UPDATE publication SET progress = ?, lease_until = ?, updated_at = ? WHERE id = ? AND lease_owner = ?
				  AND state = 'SENDING'""", progress, utc(now.plus(lease)), utc(now), id, node) == 1;
	}

	boolean markPublicStep(long id, String node, boolean sent) {
		return jdbc.update("UPDATE publication SET public_step_sent = ?, updated_at = ? WHERE id = ? AND lease_owner = ?",
				sent, utc(clock.instant()), id, node) == 1;
	}

	void published(Claim claim, String node, Posted posted, String how) {
		transactions.executeWithoutResult(status -> {
			Instant now = clock.instant();
			Publication publication = claim.publication();
			jdbc.update("""
					UPDATE publication SET state = 'PUBLISHED', external_id = ?, permalink = ?, published_at = ?,
					  error_key = NULL, error_detail = NULL, lease_owner = NULL, lease_until = NULL, updated_at = ?
					WHERE id = ?""", posted.externalId(), posted.permalink(), utc(now), utc(now), publication.id());
			finishAttempt(publication.id(), claim.attemptNumber(), "PUBLISHED", how);
			events.publishEvent(new PublicationRecorded(AuditTrail.SYSTEM, publication.id(), publication.storyId(),
					publication.channel(), "PUBLISHED", posted.permalink()));
			settleIfDone(publication.storyId(), now);
		});
	}

	void retryLater(Claim claim, Instant at, String errorKey, String detail) {
		transactions.executeWithoutResult(status -> {
			Publication publication = claim.publication();
			jdbc.update("""
					UPDATE publication SET state = 'QUEUED', next_attempt_at = ?, error_key = ?, error_detail = ?,
					  lease_owner = NULL, lease_until = NULL, updated_at = ? WHERE id = ?""", utc(at), errorKey,
					cut(detail), utc(clock.instant()), publication.id());
			finishAttempt(publication.id(), claim.attemptNumber(), "RETRY", detail);
			events.publishEvent(new PublicationRecorded(AuditTrail.SYSTEM, publication.id(), publication.storyId(),
					publication.channel(), "RETRY_SCHEDULED", cut(detail)));
		});
	}

	/** Waits for something on our side (media still being processed) without using up an attempt. */
	void postpone(Claim claim, Instant at, String detail) {
		transactions.executeWithoutResult(status -> {
			Publication publication = claim.publication();
			jdbc.update("""
					UPDATE publication SET state = 'QUEUED', next_attempt_at = ?, attempts = attempts - 1,
					  lease_owner = NULL, lease_until = NULL, updated_at = ? WHERE id = ?""", utc(at),
					utc(clock.instant()), publication.id());
			finishAttempt(publication.id(), claim.attemptNumber(), "WAITING", detail);
		});
	}

	void stop(Claim claim, PublicationState state, String errorKey, String detail) {
		transactions.executeWithoutResult(status -> {
			Publication publication = claim.publication();
			jdbc.update("""
					UPDATE publication SET state = ?, error_key = ?, error_detail = ?, lease_owner = NULL,
					  lease_until = NULL, updated_at = ? WHERE id = ?""", state.name(), errorKey, cut(detail),
					utc(clock.instant()), publication.id());
			finishAttempt(publication.id(), claim.attemptNumber(), state.name(), detail);
			events.publishEvent(new PublicationRecorded(AuditTrail.SYSTEM, publication.id(), publication.storyId(),
					publication.channel(), state.name(), cut(detail)));
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
				settleIfDone(publication.storyId(), now);
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
				settleIfDone(publication.storyId(), now);
			}
			return changed == 1;
		});
	}

	void withdrawn(long id, PublicationState state, String detail) {
		transactions.executeWithoutResult(status -> {
			jdbc.update("UPDATE publication SET state = ?, error_detail = ?, updated_at = ? WHERE id = ?", state.name(),
					cut(detail), utc(clock.instant()), id);
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

	/** Step 4 ends when every chosen channel is published or skipped (the website went first). */
	private void settleIfDone(long storyId, Instant now) {
		Integer open = jdbc.queryForObject(
				"SELECT COUNT(*) FROM publication WHERE story_id = ? AND state NOT IN ('PUBLISHED', 'SKIPPED')",
				Integer.class, storyId);
		if (open != null && open == 0) {
			clocks.stop(new SopItem("story", storyId), SopStep.PUBLISHING, now);
		}
	}

	private static String cut(String text) {
		return text == null || text.length() <= 2000 ? text : text.substring(0, 1997) + "…";
	}

	static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
