package id.warta.site.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import id.warta.newsroom.PublishedSealCheck;
import id.warta.newsroom.PublishedStoryFixtures;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A published revision changed in the database behind the application's back (a defacement, gambling spam): its
 * page is withheld even when a copy was cached (once the page cache looks at the story again, within a second), the
 * alarm is raised, the daily check reports it, and no feed or sitemap carries it.
 */
@WartaTest
class TamperedStoryTests {

	static final String SPAM = "<p>Slot gacor hari ini, daftar sekarang!</p>";

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PublishedSealCheck sealCheck;

	@Value("${warta.site.page-cache.fingerprint-check-interval:1s}")
	Duration fingerprintCheckInterval;

	@Test
	void aTamperedRevisionIsWithheldEverywhereAndReported() throws Exception {
		var story = new PublishedStoryFixtures(mvc, staff, jdbc).published("Normalisasi kali " + System.nanoTime());
		// Served once, so that the page cache holds a copy of it.
		mvc.perform(get(story.path())).andExpect(status().isOk());
		mvc.perform(get(story.path())).andExpect(status().isOk()).andExpect(header().string("X-Warta-Cache", "HIT"));
		assertThat(sealCheck.verifyAll().tampered()).doesNotContain(story.id());

		String body = jdbc.queryForObject("SELECT body FROM story_revision WHERE story_id = ? AND number = 1",
				String.class, story.id());
		jdbc.update("UPDATE story_revision SET body = ? WHERE story_id = ? AND number = 1", SPAM, story.id());
		try {
			// The page cache looks at the stored story at most once per interval: a change shows after it.
			Thread.sleep(fingerprintCheckInterval.toMillis());
			mvc.perform(get(story.path())).andExpect(status().isServiceUnavailable());
			assertThat(mvc.perform(get(story.path())).andReturn().getResponse().getContentAsString())
				.doesNotContain("gacor");
			assertThat(jdbc.queryForObject(
					"SELECT COUNT(*) FROM audit_entry WHERE action = 'PUBLISHED_CONTENT_TAMPERED' AND object_id = ?",
					Long.class, String.valueOf(story.id())))
				.isEqualTo(1);

			var report = sealCheck.verifyAll();
			assertThat(report.tampered()).contains(story.id());
			assertThat(report.checked()).isGreaterThan(report.tampered().size());

			for (String path : List.of("/feed/rss.xml", "/feed/atom.xml", "/feed/berita/rss.xml",
					"/feed/bidang/sekretariat/atom.xml", "/sitemap.xml", "/")) {
				assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString()).as(path)
					.doesNotContain(story.slug())
					.doesNotContain("gacor");
			}
		}
		finally {
			// The database is shared by every test: put the approved text back.
			jdbc.update("UPDATE story_revision SET body = ? WHERE story_id = ? AND number = 1", body, story.id());
		}
		mvc.perform(get(story.path())).andExpect(status().isOk());
		assertThat(sealCheck.verifyAll().tampered()).doesNotContain(story.id());
	}
}
