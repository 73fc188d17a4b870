package id.warta.channels.internal.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static id.warta.channels.ChannelTestSupport.awaitState;
import static id.warta.channels.ChannelTestSupport.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import id.warta.channels.ChannelTestSupport;
import id.warta.media.MediaLibrary;
import id.warta.newsroom.Channel;
import id.warta.newsroom.PublishedStoryFixtures;
import id.warta.organization.Role;
import id.warta.support.PlatformStubs;
import id.warta.support.Staff;
import id.warta.support.TestFiles;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The Telegram channel against a stub of the Bot API that follows channels/API-CONTRACTS.md §6. */
@WartaTest
class TelegramConnectorTests {

	static final String CHAT = "@dpkpp_uji";

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MediaLibrary media;

	PublishedStoryFixtures stories;
	String token;
	String marker;

	@BeforeEach
	void connectABot() throws Exception {
		ChannelTestSupport.quietQueue(jdbc);
		stories = new PublishedStoryFixtures(mvc, staff, jdbc);
		token = "7000" + (System.nanoTime() % 100000) + ":" + UUID.randomUUID().toString().replace("-", "");
		marker = "uji-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(MockMvcRequestBuilders.post("/kanal/telegram").with(staff.demo(Role.CONTENT_ADMIN)).with(csrf())
			.param("botToken", token).param("chatId", CHAT));
	}

	@Test
	void aTextPostCarriesTheLinkAndGetsItsPermalink() throws Exception {
		stub("sendMessage", okJson(message(501)));
		var story = publish();

		var row = awaitState(jdbc, story.id(), "TELEGRAM", "PUBLISHED");
		assertThat(row.get("permalink")).isEqualTo("https://t.me/dpkpp_uji/501");
		var sent = received("/telegram/bot.*/sendMessage", marker);
		assertThat(sent).hasSize(1);
		assertThat(sent.get(0).getBodyAsString()).contains("\"chat_id\":\"@dpkpp_uji\"").contains(story.path());
		assertThat(jdbc.queryForObject("SELECT token_in_row FROM (SELECT access_token AS token_in_row FROM "
				+ "channel_account WHERE channel = 'TELEGRAM') t", String.class))
			.as("the token is encrypted at rest").startsWith("v1:").doesNotContain(token.substring(6));
	}

	@Test
	void severalPicturesGoAsOneAlbumFetchedFromSignedAddresses() throws Exception {
		long second = media.store(new ByteArrayInputStream(TestFiles.jpeg(40, 30, Color.GREEN)), "kedua.jpg", 1L, null)
			.id();
		await().atMost(Duration.ofSeconds(30)).until(() -> !media.renditions(second).isEmpty());
		stub("sendMediaGroup", okJson("{\"ok\":true,\"result\":[" + messageBody(601) + "," + messageBody(602) + "]}"));
		var story = stories.publishedTo("Album " + marker, Map.of(Channel.TELEGRAM, "Foto kegiatan " + marker),
				List.of(second));

		var row = awaitState(jdbc, story.id(), "TELEGRAM", "PUBLISHED");
		assertThat(row.get("external_id")).isEqualTo("601,602");
		String body = received("/telegram/bot.*/sendMediaGroup", marker).get(0).getBodyAsString();
		assertThat(body).contains("\"type\":\"photo\"");
		String url = body.replaceAll("(?s).*\"media\":\"([^\"]+)\".*", "$1");
		assertThat(url).contains("/berkas/tautan/");
		var fetched = mvc.perform(get(url.substring(url.indexOf("/berkas/")))).andReturn().getResponse();
		assertThat(fetched.getStatus()).as("the platform can fetch the picture").isEqualTo(200);
		assertThat(fetched.getContentType()).isEqualTo("image/jpeg");
		assertThat(mvc.perform(get(url.substring(url.indexOf("/berkas/")).replaceAll(".$", "x"))).andReturn()
			.getResponse().getStatus()).as("a forged signature is refused").isEqualTo(404);
	}

	@Test
	void tooManyRequestsWaitsAsToldThenSucceeds() throws Exception {
		String scenario = "429-" + marker;
		PlatformStubs.server().stubFor(post(urlEqualTo("/telegram/bot" + token + "/sendMessage")).inScenario(scenario)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
				.withBody("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
						+ "\"parameters\":{\"retry_after\":1}}"))
			.willSetStateTo("second"));
		PlatformStubs.server().stubFor(post(urlEqualTo("/telegram/bot" + token + "/sendMessage")).inScenario(scenario)
			.whenScenarioStateIs("second").willReturn(okJson(message(701))));
		var story = publish();

		awaitState(jdbc, story.id(), "TELEGRAM", "PUBLISHED");
		var sent = received("/telegram/bot.*/sendMessage", marker);
		assertThat(sent).hasSize(2);
		assertThat(Duration.between(sent.get(0).getLoggedDate().toInstant(), sent.get(1).getLoggedDate().toInstant()))
			.as("retry_after is honoured").isGreaterThanOrEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void aServerErrorIsRetried() throws Exception {
		String scenario = "500-" + marker;
		PlatformStubs.server().stubFor(post(urlEqualTo("/telegram/bot" + token + "/sendMessage")).inScenario(scenario)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(500).withBody("{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}"))
			.willSetStateTo("second"));
		PlatformStubs.server().stubFor(post(urlEqualTo("/telegram/bot" + token + "/sendMessage")).inScenario(scenario)
			.whenScenarioStateIs("second").willReturn(okJson(message(801))));
		var story = publish();

		awaitState(jdbc, story.id(), "TELEGRAM", "PUBLISHED");
		assertThat(received("/telegram/bot.*/sendMessage", marker)).hasSize(2);
		assertThat(jdbc.queryForList("""
				SELECT outcome FROM publication_attempt a JOIN publication p ON p.id = a.publication_id
				WHERE p.story_id = ? ORDER BY number""", String.class, story.id())).containsExactly("RETRY", "PUBLISHED");
	}

	@Test
	void aRefusedTokenAsksForReconnectingAndIsAudited() throws Exception {
		stub("sendMessage", aResponse().withStatus(401).withHeader("Content-Type", "application/json")
			.withBody("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}"));
		var story = publish();

		var row = awaitState(jdbc, story.id(), "TELEGRAM", "NEEDS_RECONNECT");
		assertThat(row.get("error_key")).isEqualTo("channel.failure.token");
		assertThat(jdbc.queryForObject("SELECT needs_reconnect FROM channel_account WHERE channel = 'TELEGRAM'",
				Boolean.class)).isTrue();
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_entry WHERE action = 'CHANNEL_RECONNECT_NEEDED' AND object_id = 'TELEGRAM'",
				Integer.class)).isPositive();
		String board = mvc.perform(get("/kanal").with(staff.demo(Role.CONTENT_ADMIN))).andReturn().getResponse()
			.getContentAsString();
		assertThat(board).contains("Perlu dihubungkan ulang");
	}

	@Test
	void aMediaTheBotCannotFetchFailsWithTheReasonExplained() throws Exception {
		stub("sendPhoto", aResponse().withStatus(400).withHeader("Content-Type", "application/json")
			.withBody("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: failed to get HTTP URL content\"}"));
		var story = stories.publishedTo("Foto " + marker, Map.of(Channel.TELEGRAM, "Satu foto " + marker), List.of());

		var row = awaitState(jdbc, story.id(), "TELEGRAM", "FAILED");
		assertThat(row.get("error_key")).isEqualTo("channel.failure.media");
		String board = mvc.perform(get("/redaksi/berita/{id}/kanal", story.id()).with(staff.demo(Role.CONTENT_ADMIN)))
			.andReturn().getResponse().getContentAsString();
		assertThat(board).contains("tidak dapat mengambil atau menerima media").contains("failed to get HTTP URL content");
	}

	@Test
	void aSendWithoutAnswerIsNeverRepeatedAndWaitsForAPerson() throws Exception {
		stub("sendMessage", okJson(message(901)).withFixedDelay(8_000));
		var story = publish();

		awaitState(jdbc, story.id(), "TELEGRAM", "NEEDS_CHECK");
		Thread.sleep(4_000);
		assertThat(received("/telegram/bot.*/sendMessage", marker)).as("exactly one send").hasSize(1);

		mvc.perform(MockMvcRequestBuilders.post("/redaksi/berita/{id}/kanal/{p}/sudah-terbit", story.id(),
				publicationId(story.id())).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf())
			.param("permalink", "https://t.me/dpkpp_uji/901"));
		assertThat(awaitState(jdbc, story.id(), "TELEGRAM", "PUBLISHED").get("permalink"))
			.isEqualTo("https://t.me/dpkpp_uji/901");
	}

	@Test
	void skippingWithAReasonEndsStepFourAndWithdrawingRemovesThePost() throws Exception {
		stub("sendMessage", aResponse().withStatus(400).withHeader("Content-Type", "application/json")
			.withBody("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}"));
		var story = publish();
		awaitState(jdbc, story.id(), "TELEGRAM", "FAILED");
		assertThat(openPublishingClocks(story.id())).as("step 4 waits for the channel").isEqualTo(1);

		mvc.perform(MockMvcRequestBuilders.post("/redaksi/berita/{id}/kanal/{p}/lewati", story.id(),
				publicationId(story.id())).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()).param("reason", " "));
		assertThat(awaitState(jdbc, story.id(), "TELEGRAM", "FAILED")).isNotNull();
		mvc.perform(MockMvcRequestBuilders.post("/redaksi/berita/{id}/kanal/{p}/lewati", story.id(),
				publicationId(story.id())).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf())
			.param("reason", "Kanal sedang diperbaiki"));
		assertThat(awaitState(jdbc, story.id(), "TELEGRAM", "SKIPPED").get("skip_reason"))
			.isEqualTo("Kanal sedang diperbaiki");
		assertThat(openPublishingClocks(story.id())).as("step 4 is over").isZero();

		stub("sendMessage", okJson(message(950)));
		stub("deleteMessage", okJson("{\"ok\":true,\"result\":true}"));
		var posted = publish();
		awaitState(jdbc, posted.id(), "TELEGRAM", "PUBLISHED");
		stories.withdraw(posted);
		awaitState(jdbc, posted.id(), "TELEGRAM", "WITHDRAWN");
		assertThat(PlatformStubs.server().findAll(com.github.tomakehurst.wiremock.client.WireMock
			.postRequestedFor(urlEqualTo("/telegram/bot" + token + "/deleteMessage")))).hasSize(1);
	}

	private PublishedStoryFixtures.Story publish() throws Exception {
		return stories.publishedTextTo("Berita " + marker, Map.of(Channel.TELEGRAM, "Kabar dinas " + marker));
	}

	private long publicationId(long storyId) {
		return jdbc.queryForObject("SELECT id FROM publication WHERE story_id = ? AND channel = 'TELEGRAM'",
				Long.class, storyId);
	}

	private int openPublishingClocks(long storyId) {
		return jdbc.queryForObject("""
				SELECT COUNT(*) FROM sop_step_clock WHERE item_type = 'story' AND item_id = ? AND step_number = 4
				  AND ended_at IS NULL""", Integer.class, storyId);
	}

	private void stub(String method, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
		PlatformStubs.server().stubFor(post(urlEqualTo("/telegram/bot" + token + "/" + method)).willReturn(answer));
	}

	private static String message(int id) {
		return "{\"ok\":true,\"result\":" + messageBody(id) + "}";
	}

	private static String messageBody(int id) {
		return "{\"message_id\":" + id + ",\"chat\":{\"id\":-1001234567890,\"username\":\"dpkpp_uji\",\"type\":\"channel\"},"
				+ "\"date\":1717000000,\"text\":\"ok\"}";
	}
}
