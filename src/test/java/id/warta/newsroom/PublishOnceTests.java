package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.warta.organization.Role;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * "Terbitkan" and "Tarik" pressed twice (a double click, or the same button in two tabs): the story goes public
 * or is withdrawn once, with one event, and the second press is told what happened instead of a success.
 */
@WartaTest
class PublishOnceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	StoryFixtures stories;

	@BeforeEach
	void fixtures() {
		stories = new StoryFixtures(mvc, staff, jdbc);
	}

	@Test
	void aSecondPublishOrWithdrawIsAnsweredAndDoesNothing() throws Exception {
		var story = stories.approved("Terbit sekali " + System.nanoTime());
		publish(story.id()).andExpect(flash().attribute("success", "story.published"));
		publish(story.id()).andExpect(flash().attribute("error", "story.publish.already"));
		assertThat(audited("STORY_PUBLISHED", story.id())).isEqualTo(1);

		withdraw(story.id()).andExpect(flash().attribute("success", "story.withdrawn"));
		withdraw(story.id()).andExpect(flash().attribute("error", "story.withdraw.already"));
		assertThat(audited("STORY_WITHDRAWN", story.id())).isEqualTo(1);
		mvc.perform(get("/berita/" + story.slug())).andExpect(status().isGone());
	}

	@Test
	void twoTabsPublishingAtOnceMakeOnePublication() throws Exception {
		var story = stories.approved("Dua tab " + System.nanoTime());
		CountDownLatch start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<MvcResult>> answers = new ArrayList<>();
			for (int tab = 0; tab < 2; tab++) {
				Callable<MvcResult> press = () -> {
					start.await();
					return publish(story.id()).andReturn();
				};
				answers.add(pool.submit(press));
			}
			start.countDown();
			List<Object> flashes = new ArrayList<>();
			for (Future<MvcResult> answer : answers) {
				var flash = answer.get().getFlashMap();
				flashes.add(flash.containsKey("success") ? "success" : flash.get("error"));
			}
			assertThat(flashes).containsOnlyOnce("success");
			assertThat(flashes).allMatch(f -> List.of("success", "story.publish.already", "story.publish.concurrent")
				.contains(f));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(audited("STORY_PUBLISHED", story.id())).isEqualTo(1);
	}

	private org.springframework.test.web.servlet.ResultActions publish(long id) throws Exception {
		return mvc.perform(post("/redaksi/berita/{id}/terbitkan", id).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()));
	}

	private org.springframework.test.web.servlet.ResultActions withdraw(long id) throws Exception {
		return mvc.perform(post("/redaksi/berita/{id}/tarik", id).with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())
			.param("reason", "Tanggal keliru"));
	}

	private long audited(String action, long storyId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND object_id = ?", Long.class,
				action, String.valueOf(storyId));
	}
}
