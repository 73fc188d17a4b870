package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import id.warta.newsroom.internal.PublicationSchedule;
import id.warta.organization.Role;
import id.warta.support.MutableClock;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Step 4 at a chosen time: a durable request, published once when due, never before. */
@WartaTest
class ScheduledPublicationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	PublicationSchedule schedule;

	StoryFixtures stories;

	@BeforeEach
	void fixtures() {
		stories = new StoryFixtures(mvc, staff, jdbc);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anApprovedStoryIsPublishedWhenItsTimeComesAndNotBefore() throws Exception {
		var story = stories.approved("Jadwal pelayanan sertifikat " + System.nanoTime());
		String at = LocalDateTime.now(ZoneId.of("Asia/Jakarta")).plusHours(2).truncatedTo(ChronoUnit.MINUTES).toString();
		mvc.perform(post("/redaksi/berita/{id}/jadwalkan", story.id()).with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())
			.param("at", at)).andExpect(flash().attribute("success", "story.scheduled"));

		schedule.publishDue();
		mvc.perform(get("/berita/" + story.slug())).andExpect(status().isNotFound());

		clock.advance(Duration.ofHours(3));
		schedule.publishDue();
		schedule.publishDue();
		mvc.perform(get("/berita/" + story.slug())).andExpect(status().isOk());
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_entry WHERE action = 'STORY_PUBLISHED' AND object_id = ?", Long.class,
				String.valueOf(story.id()))).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_publication WHERE story_id = ?", Long.class,
				story.id())).isZero();
	}

	@Test
	void aFailingScheduledPublicationDoesNotBlockTheOthers() throws Exception {
		var broken = stories.approved("Jadwal rusak " + System.nanoTime());
		var fine = stories.approved("Jadwal lancar " + System.nanoTime());
		String at = LocalDateTime.now(ZoneId.of("Asia/Jakarta")).plusHours(1).truncatedTo(ChronoUnit.MINUTES).toString();
		for (var story : java.util.List.of(broken, fine)) {
			mvc.perform(post("/redaksi/berita/{id}/jadwalkan", story.id()).with(staff.demo(Role.CONTENT_ADMIN))
				.with(csrf())
				.param("at", at)).andExpect(flash().attribute("success", "story.scheduled"));
		}
		// Changed behind the application's back: the approved hash no longer matches, so publishing it fails.
		jdbc.update("UPDATE story_revision SET title = title || ' diubah' WHERE story_id = ?", broken.id());

		clock.advance(Duration.ofHours(2));
		schedule.publishDue();
		mvc.perform(get("/berita/" + fine.slug())).andExpect(status().isOk());
		mvc.perform(get("/berita/" + broken.slug())).andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("SELECT attempts FROM scheduled_publication WHERE story_id = ?", Integer.class,
				broken.id())).isPositive();

		for (int pass = 1; pass < PublicationSchedule.ATTEMPTS; pass++) {
			schedule.publishDue();
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_publication WHERE story_id = ?", Long.class,
				broken.id())).as("given up").isZero();
		assertThat(jdbc.queryForObject("""
				SELECT COUNT(*) FROM audit_entry WHERE action = 'SCHEDULED_PUBLICATION_DROPPED' AND object_id = ?""",
				Long.class, String.valueOf(broken.id()))).isEqualTo(1);
		mvc.perform(get("/berita/" + broken.slug())).andExpect(status().isNotFound());
	}

	@Test
	void aTimeInThePastIsRefusedWithAMessage() throws Exception {
		var story = stories.approved("Pengumuman lelang " + System.nanoTime());
		mvc.perform(post("/redaksi/berita/{id}/jadwalkan", story.id()).with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())
			.param("at", "2020-01-01T08:00")).andExpect(flash().attribute("error", "story.schedule.past"));
	}

	@Test
	void onlyApprovedStoriesCanBeScheduled() throws Exception {
		var story = stories.draft("Draf saja " + System.nanoTime());
		mvc.perform(post("/redaksi/berita/{id}/jadwalkan", story.id()).with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())
			.param("at", "2030-01-01T08:00")).andExpect(flash().attribute("error", "story.publish.notApproved"));
	}
}
