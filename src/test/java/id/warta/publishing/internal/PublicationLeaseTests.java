package id.warta.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import id.warta.channels.ChannelTestSupport;
import id.warta.channels.Posted;
import id.warta.newsroom.Channel;
import id.warta.newsroom.PublishedStoryFixtures;
import id.warta.publishing.PublicationState;
import id.warta.support.MutableClock;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A node that lost its lease between its claim and its final write (it stalled, another claim took the row) does
 * not overwrite the new holder's result: the late write misses, and is only noted. No dispatcher runs here; the
 * test plays both claims.
 */
@WartaTest
@TestPropertySource(properties = "warta.publishing.dispatch=false")
class PublicationLeaseTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	PublicationQueue queue;

	@Autowired
	PublicationRows rows;

	long storyId;

	@BeforeEach
	void aQueuedTelegramPost() throws Exception {
		ChannelTestSupport.quietQueue(jdbc);
		storyId = new PublishedStoryFixtures(mvc, staff, jdbc)
			.publishedTextTo("Sewa rusunawa " + System.nanoTime(), Map.of(Channel.TELEGRAM, "Kabar rusunawa"))
			.id();
		await().atMost(Duration.ofSeconds(30)).until(() -> !rows.ofStory(storyId).isEmpty());
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aLateWriteOfALostLeaseLeavesTheNewHoldersResult() {
		Claim stalled = queue.claim("node-a", Duration.ofSeconds(1)).orElseThrow();
		assertThat(stalled.publication().storyId()).isEqualTo(storyId);
		clock.advance(Duration.ofSeconds(5));
		Claim taker = queue.claim("node-b", Duration.ofMinutes(15)).orElseThrow();
		assertThat(taker.publication().id()).isEqualTo(stalled.publication().id());
		assertThat(taker.takenOver()).isTrue();

		assertThat(queue.finish(taker, "node-b",
				taker.published(new Posted("77", "https://t.me/dpkpp/77"), null, clock.instant()))).isTrue();
		assertThat(queue.finish(stalled, "node-a",
				stalled.stop(PublicationState.FAILED, "publication.attemptsExhausted", "late answer"))).isFalse();

		Publication now = rows.find(taker.publication().id()).orElseThrow();
		assertThat(now.state()).isEqualTo(PublicationState.PUBLISHED);
		assertThat(now.permalink()).isEqualTo("https://t.me/dpkpp/77");
		assertThat(now.errorKey()).isNull();
		List<Attempt> attempts = rows.attempts(now.id());
		assertThat(attempts).extracting(Attempt::outcome).containsExactly("PUBLISHED", "LEASE_LOST");
		assertThat(jdbc.queryForObject("""
				SELECT COUNT(*) FROM audit_entry WHERE action = 'PUBLICATION_LEASE_LOST' AND object_id = ?""",
				Long.class, String.valueOf(now.id()))).isEqualTo(1);
		// The only channel is out: the newsroom stops the story's step-4 clock on the settled event.
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("""
				SELECT COUNT(*) FROM sop_step_clock WHERE item_type = 'story' AND item_id = ? AND step_number = 4
				  AND ended_at IS NOT NULL""", Long.class, storyId) == 1);
	}

	@Test
	void theSameNodeClaimingAgainMakesItsOlderClaimsWritesMiss() {
		Claim first = queue.claim("node-a", Duration.ofSeconds(1)).orElseThrow();
		clock.advance(Duration.ofSeconds(5));
		Claim second = queue.claim("node-a", Duration.ofMinutes(15)).orElseThrow();
		assertThat(second.publication().id()).isEqualTo(first.publication().id());

		assertThat(queue.finish(first, "node-a",
				first.retryLater(clock.instant().plusSeconds(30), "publication.x", "stale"))).isFalse();
		assertThat(queue.saveProgress(first.publication().id(), first.leaseOwner("node-a"), "k=v\n",
				Duration.ofMinutes(1))).as("progress of the older claim").isFalse();
		assertThat(rows.find(first.publication().id()).orElseThrow().state()).isEqualTo(PublicationState.SENDING);

		assertThat(queue.finish(second, "node-a",
				second.stop(PublicationState.NEEDS_CHECK, "publication.needsCheck", "unclear"))).isTrue();
		assertThat(rows.find(first.publication().id()).orElseThrow().state())
			.isEqualTo(PublicationState.NEEDS_CHECK);
	}
}
