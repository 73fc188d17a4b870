package id.warta.newsroom.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import id.warta.newsroom.StoryRuleViolation;
import id.warta.newsroom.StoryState;
import id.warta.organization.Agencies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishing an approved story at a chosen time. The request is a row in the database, not a timer in memory:
 * it survives restarts, and with several nodes each due row is taken by one node only ({@code SKIP LOCKED}).
 * Publishing is idempotent, so a row retried after a crash cannot publish twice. Each row is published in its own
 * transaction: one that fails is counted and, after a few passes, dropped, while the others go out.
 */
@Service
public class PublicationSchedule {

	private static final Logger log = LoggerFactory.getLogger(PublicationSchedule.class);
	/** Failed passes after which a scheduled publication is given up (about a minute and a half at 20 s). */
	public static final int ATTEMPTS = 5;

	private final JdbcTemplate jdbc;
	private final StoryRepository stories;
	private final StorySeal seal;
	private final PublicationEffects effects;
	private final Agencies agencies;
	private final Clock clock;
	private final TransactionTemplate transactions;
	private final ApplicationEventPublisher events;

	PublicationSchedule(JdbcTemplate jdbc, StoryRepository stories, StorySeal seal, PublicationEffects effects,
			Agencies agencies, Clock clock, TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.agencies = agencies;
		this.transactions = transactions;
		this.events = events;
		this.jdbc = jdbc;
		this.stories = stories;
		this.seal = seal;
		this.effects = effects;
		this.clock = clock;
	}

	@Transactional
	@PreAuthorize("hasRole('CONTENT_ADMIN')")
	public void schedule(long storyId, Instant at, Editor editor) {
		Story story = stories.findById(storyId).orElseThrow(() -> new StoryNotFound(storyId));
		if (story.getState() != StoryState.APPROVED) {
			throw new StoryRuleViolation("story.publish.notApproved");
		}
		FourEyes.requirePublisher(story, editor, agencies.current().approverMayNotPublish());
		if (at == null || at.isBefore(clock.instant().minusSeconds(60))) {
			throw new StoryRuleViolation("story.schedule.past");
		}
		jdbc.update("DELETE FROM scheduled_publication WHERE story_id = ?", storyId);
		try {
			jdbc.update("""
					INSERT INTO scheduled_publication (story_id, publish_at, requested_by, requested_name, created_at)
					VALUES (?, ?, ?, ?, ?)""", storyId, utc(at), editor.id(), editor.username(), utc(clock.instant()));
		}
		catch (DuplicateKeyException concurrent) {
			// Two clicks at once: the other request stands.
		}
	}

	@Transactional
	@PreAuthorize("hasRole('CONTENT_ADMIN')")
	public void cancel(long storyId) {
		jdbc.update("DELETE FROM scheduled_publication WHERE story_id = ?", storyId);
	}

	@Transactional(readOnly = true)
	public Optional<Instant> scheduledAt(long storyId) {
		return jdbc.query("SELECT publish_at FROM scheduled_publication WHERE story_id = ?",
				(rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant(), storyId).stream().findFirst();
	}

	/**
	 * Publishes what is due. Runs every 20 seconds on every node; each row is published by one of them, in its own
	 * transaction, so that a story that cannot be published does not hold back the others. A failing row is tried
	 * again on the next passes and given up after {@link #ATTEMPTS} failures, with an audit entry.
	 */
	@Scheduled(fixedDelayString = "${warta.newsroom.schedule-interval:20s}", initialDelayString = "10s")
	public void publishDue() {
		List<Long> due = jdbc.queryForList("""
				SELECT story_id FROM scheduled_publication WHERE publish_at <= ? ORDER BY publish_at
				FETCH FIRST 20 ROWS ONLY""", Long.class, utc(clock.instant()));
		for (long storyId : due) {
			try {
				transactions.executeWithoutResult(status -> publishIfStillDue(storyId));
			}
			catch (RuntimeException failed) {
				log.warn("Scheduled publication of story {} failed: {}", storyId, failed.toString());
				transactions.executeWithoutResult(status -> countFailure(storyId, failed));
			}
		}
	}

	private void publishIfStillDue(long storyId) {
		// Locked again here: another node may have taken or finished the row since it was listed.
		Due row = jdbc.query("""
				SELECT story_id, requested_by, requested_name, attempts FROM scheduled_publication
				WHERE story_id = ? AND publish_at <= ? FOR UPDATE SKIP LOCKED""",
				(rs, n) -> new Due(rs.getLong(1), new Editor(rs.getLong(2), rs.getString(3)), rs.getInt(4)), storyId,
				utc(clock.instant())).stream().findFirst().orElse(null);
		if (row == null) {
			return;
		}
		Story story = stories.findById(storyId).orElse(null);
		if (story != null && story.getState() == StoryState.APPROVED) {
			story.publish(row.editor(), clock.instant(), seal::seal);
			stories.saveAndFlush(story);
			effects.published(story, clock.instant());
		}
		else {
			log.warn("Scheduled publication of story {} dropped: it is no longer approved", storyId);
			events.publishEvent(new ScheduledPublicationDropped(storyId, row.editor().username(), row.attempts(),
					"story.publish.notApproved"));
		}
		jdbc.update("DELETE FROM scheduled_publication WHERE story_id = ?", storyId);
	}

	private void countFailure(long storyId, RuntimeException failure) {
		String reason = failure instanceof StoryRuleViolation violation ? violation.getMessage() : failure.toString();
		String cut = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
		jdbc.update("UPDATE scheduled_publication SET attempts = attempts + 1, last_error = ? WHERE story_id = ?", cut,
				storyId);
		jdbc.query("SELECT requested_name, attempts FROM scheduled_publication WHERE story_id = ?",
				(rs, n) -> new ScheduledPublicationDropped(storyId, rs.getString(1), rs.getInt(2), cut), storyId)
			.stream()
			.filter(dropped -> dropped.attempts() >= ATTEMPTS)
			.findFirst()
			.ifPresent(dropped -> {
				jdbc.update("DELETE FROM scheduled_publication WHERE story_id = ?", storyId);
				events.publishEvent(dropped);
			});
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private record Due(long storyId, Editor editor, int attempts) {
	}
}
