package id.warta.publishing;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static id.warta.channels.ChannelTestSupport.awaitState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import java.util.UUID;

import id.warta.channels.ChannelTestSupport;
import id.warta.newsroom.Channel;
import id.warta.newsroom.PublishedStoryFixtures;
import id.warta.organization.Role;
import id.warta.support.PlatformStubs;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The channel rules in the editor and again at dispatch, and the status board over the JSON API: what a story's
 * channels did, and skipping one with a reason.
 */
@WartaTest
class PublicationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	PublishedStoryFixtures stories;
	String marker;

	@BeforeEach
	void fixtures() {
		ChannelTestSupport.quietQueue(jdbc);
		stories = new PublishedStoryFixtures(mvc, staff, jdbc);
		marker = "api-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aRuleBrokenInTheEditorIsShownThereAndStopsTheChannelAtDispatch() throws Exception {
		String token = "7300" + (System.nanoTime() % 100000) + ":" + UUID.randomUUID().toString().replace("-", "");
		mvc.perform(MockMvcRequestBuilders.post("/kanal/telegram").with(staff.demo(Role.CONTENT_ADMIN)).with(csrf())
			.param("botToken", token).param("chatId", "@dpkpp_uji"));
		PlatformStubs.server().stubFor(post(urlEqualTo("/telegram/bot" + token + "/sendMessage")).willReturn(okJson(
				"{\"ok\":true,\"result\":{\"message_id\":12,\"chat\":{\"id\":-1001,\"username\":\"dpkpp_uji\"}}}")));
		var story = stories.publishedTextTo("Tanpa foto " + marker,
				Map.of(Channel.INSTAGRAM, "Teks Instagram " + marker, Channel.TELEGRAM, "Teks Telegram " + marker));

		var editor = Jsoup.parse(mvc.perform(get("/redaksi/berita/{id}", story.id()).with(staff.demo(Role.CONTENT_ADMIN)))
			.andReturn().getResponse().getContentAsString());
		var instagram = editor.select("article.preview-instagram");
		assertThat(instagram.select(".preview-text").text()).isEqualTo("Teks Instagram " + marker);
		assertThat(instagram.select(".preview-problems").text()).contains("memerlukan foto atau video");
		assertThat(editor.select("article.preview-telegram .preview-problems")).isEmpty();
		assertThat(editor.select("article.preview-telegram .preview-link").text()).isEqualTo(story.path());

		assertThat(awaitState(jdbc, story.id(), "INSTAGRAM", "FAILED").get("error_key"))
			.isEqualTo("channel.rule.needsMedia");
		awaitState(jdbc, story.id(), "TELEGRAM", "PUBLISHED");

		String board = mvc.perform(get("/api/v1/publications").param("story", String.valueOf(story.id()))
			.with(staff.demo(Role.SCREENER))).andReturn().getResponse().getContentAsString();
		assertThat(board).contains("\"channel\":\"TELEGRAM\"").contains("\"state\":\"PUBLISHED\"")
			.contains("\"permalink\":\"https://t.me/dpkpp_uji/12\"").contains("\"outcome\":\"PUBLISHED\"")
			.contains("\"state\":\"FAILED\"");

		long instagramId = jdbc.queryForObject(
				"SELECT id FROM publication WHERE story_id = ? AND channel = 'INSTAGRAM'", Long.class, story.id());
		var skip = MockMvcRequestBuilders.post("/api/v1/publications/{id}/skip", instagramId)
			.param("story", String.valueOf(story.id())).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Belum ada foto yang layak\"}");
		assertThat(mvc.perform(skip).andReturn().getResponse().getStatus()).isEqualTo(204);
		assertThat(mvc.perform(skip).andReturn().getResponse().getStatus()).as("already skipped").isEqualTo(409);
		assertThat(jdbc.queryForObject("SELECT skip_reason FROM publication WHERE id = ?", String.class, instagramId))
			.isEqualTo("Belum ada foto yang layak");
		// Step 4 is over: the newsroom stops its clock when the settled event reaches it.
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("""
				SELECT COUNT(*) FROM sop_step_clock WHERE item_type = 'story' AND item_id = ? AND step_number = 4
				  AND ended_at IS NULL""", Integer.class, story.id()) == 0);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_entry WHERE action = 'PUBLICATION_SKIPPED' AND object_id = ?",
				Integer.class, String.valueOf(instagramId))).isEqualTo(1);
	}
}
