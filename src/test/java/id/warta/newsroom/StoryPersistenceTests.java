package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import id.warta.newsroom.internal.Story;
import id.warta.support.WartaTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stories, revisions and decisions survive a round trip through the database unchanged: the stored content
 * still hashes to the recorded hash, and each transition left its audit entry.
 */
@WartaTest
class StoryPersistenceTests {

	@Autowired
	EntityManager entities;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Test
	void aScreenedStoryIsStoredWithItsRevisionsAndDecisions() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Long agencyId = jdbc.queryForObject("SELECT MIN(id) FROM agency", Long.class);
		Long id = transactions.execute(status -> {
			Story story = Story.draft(agencyId, StoryType.NEWS, null,
					StoryStateMachineTests.content("Peresmian rusunawa"), StoryStateMachineTests.ADMIN, now);
			entities.persist(story);
			entities.flush();
			story.submitForReview(StoryStateMachineTests.ADMIN, null, now);
			story.returnForRework(StoryStateMachineTests.SCREENER, 1, "Tambahkan nama lokasi", now);
			story.edit(StoryStateMachineTests.content("Peresmian Rusunawa Bekasi Timur"), StoryStateMachineTests.ADMIN,
					now);
			story.submitForReview(StoryStateMachineTests.ADMIN, null, now);
			story.approve(StoryStateMachineTests.SCREENER, 2, null, now);
			return story.getId();
		});
		Story loaded = transactions.execute(status -> {
			Story story = entities.find(Story.class, id);
			story.getRevisions().forEach(revision -> revision.content().channelTexts().size());
			return story;
		});
		assertThat(loaded.getState()).isEqualTo(StoryState.APPROVED);
		assertThat(loaded.getRevisions()).hasSize(2);
		assertThat(loaded.getReviews()).extracting(r -> r.getDecision().name()).containsExactly("RETURNED", "APPROVED");
		loaded.getRevisions()
			.forEach(revision -> assertThat(revision.content().hash()).isEqualTo(revision.getContentHash()));
		assertThat(loaded.current().content().channelTexts()).containsKey(Channel.X);
	}
}
