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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing an approved story at a chosen time. The request is a row in the database, not a timer in memory:
 * it survives restarts, and with several nodes each due row is taken by one node only ({@code SKIP LOCKED}).
 * Publishing is idempotent, so a row retried after a crash cannot publish twice.
 */
@Service
public class PublicationSchedule {

	private static final Logger log = LoggerFactory.getLogger(PublicationSchedule.class);

	private final JdbcTemplate jdbc;
	private final StoryRepository stories;
	private final StorySeal seal;
	private final PublicationEffects effects;
	private final Agencies agencies;
	private final Clock clock;

	PublicationSchedule(JdbcTemplate jdbc, StoryRepository stories, StorySeal seal, PublicationEffects effects,
			Agencies agencies, Clock clock) {
		this.agencies = agencies;
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

	/** Publishes what is due. Runs every 20 seconds on every node; each row is published by one of them. */
	@Scheduled(fixedDelayString = "${warta.newsroom.schedule-interval:20s}", initialDelayString = "10s")
	@Transactional
	public void publishDue() {
		List<Due> due = jdbc.query("""
				SELECT story_id, requested_by, requested_name FROM scheduled_publication
				WHERE publish_at <= ? ORDER BY publish_at FETCH FIRST 20 ROWS ONLY FOR UPDATE SKIP LOCKED""",
				(rs, row) -> new Due(rs.getLong(1), new Editor(rs.getLong(2), rs.getString(3))), utc(clock.instant()));
		for (Due row : due) {
			Story story = stories.findById(row.storyId()).orElse(null);
			if (story != null && story.getState() == StoryState.APPROVED) {
				story.publish(row.editor(), clock.instant(), seal::seal);
				stories.save(story);
				effects.published(story, clock.instant());
			}
			else {
				log.warn("Scheduled publication of story {} dropped: it is no longer approved", row.storyId());
			}
			jdbc.update("DELETE FROM scheduled_publication WHERE story_id = ?", row.storyId());
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private record Due(long storyId, Editor editor) {
	}
}
