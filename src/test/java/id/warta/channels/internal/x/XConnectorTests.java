package id.warta.channels.internal.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static id.warta.channels.ChannelTestSupport.awaitState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.warta.channels.ChannelTestSupport;
import id.warta.channels.internal.ChannelAccountService;
import id.warta.channels.internal.ChannelAuthorization;
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

/** The X channel end to end through the dispatcher, against a stub of API v2 that follows API-CONTRACTS.md §3. */
@WartaTest
class XConnectorTests {

	static final String HANDLE = "dpkpp_uji";
	private static final AtomicLong IDS = new AtomicLong(1_880_028_106_020_515_840L + System.nanoTime() % 1_000_000_000L);

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MediaLibrary media;

	@Autowired
	ChannelAccountService accounts;

	PublishedStoryFixtures stories;
	String token;
	String marker;

	@BeforeEach
	void connectAnAccount() {
		ChannelTestSupport.quietQueue(jdbc);
		stories = new PublishedStoryFixtures(mvc, staff, jdbc);
		token = "x-akses-" + UUID.randomUUID();
		marker = "uji-" + UUID.randomUUID().toString().substring(0, 8);
		// No expiry here, so that the hourly refresh of expiring tokens leaves this test's token alone; refreshing
		// is tested in XConnectingTests.
		accounts.connect(Channel.X, new ChannelAuthorization.Grant("Dinas Uji", "1440000000000000000", HANDLE, token,
				"x-segar-" + UUID.randomUUID(), null, null), "uji");
	}

	@Test
	void aTextPostCarriesTheLinkAndGetsItsPermalink() throws Exception {
		String id = id();
		stubFor(tweets().willReturn(created(id)));
		var story = publishText();

		var row = awaitState(jdbc, story.id(), "X", "PUBLISHED");
		assertThat(row.get("external_id")).isEqualTo(id);
		assertThat(row.get("permalink")).isEqualTo("https://x.com/" + HANDLE + "/status/" + id);
		List<LoggedRequest> sent = calls("/x/2/tweets");
		assertThat(sent).hasSize(1);
		assertThat(sent.get(0).getBodyAsString()).contains("Kabar dinas " + marker).contains(story.path())
			.doesNotContain("media_ids");
	}

	@Test
	void severalPicturesAreUploadedAndPostedTogether() throws Exception {
		long second = media.store(new ByteArrayInputStream(TestFiles.jpeg(48, 32, Color.MAGENTA)), "kedua-x.jpg", 1L,
				null).id();
		await().atMost(Duration.ofSeconds(30)).until(() -> !media.renditions(second).isEmpty());
		String first = id();
		String other = id();
		String tweet = id();
		String scenario = "pictures-" + marker;
		stubFor(pictureUpload().inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson(uploaded(first))).willSetStateTo("one"));
		stubFor(pictureUpload().inScenario(scenario).whenScenarioStateIs("one").willReturn(okJson(uploaded(other))));
		stubFor(tweets().withRequestBody(equalToJson("{\"media\":{\"media_ids\":[\"" + first + "\",\"" + other
				+ "\"]}}", true, true)).willReturn(created(tweet)));
		var story = stories.publishedTo("Foto " + marker, Map.of(Channel.X, "Foto kegiatan " + marker),
				List.of(second));

		assertThat(awaitState(jdbc, story.id(), "X", "PUBLISHED").get("external_id")).isEqualTo(tweet);
		List<LoggedRequest> uploads = calls("/x/2/media/upload");
		assertThat(uploads).hasSize(2).allSatisfy(upload -> {
			assertThat(upload.getHeader("Content-Type")).startsWith("multipart/form-data");
			assertThat(upload.getPart("media_category").getBody().asString()).isEqualTo("tweet_image");
			assertThat(upload.getPart("media").getBody().asBytes()).startsWith(0xFF, 0xD8);
		});
		assertThat(calls("/x/2/tweets")).hasSize(1);
	}

	@Test
	void aVideoGoesUpInChunksAndWaitsForProcessing() throws Exception {
		byte[] bytes = TestFiles.mp4Noise(XMediaUpload.CHUNK_BYTES + 300_000, System.nanoTime());
		var video = media.store(new ByteArrayInputStream(bytes), "video-x.mp4", 1L, null);
		String mediaId = id();
		String tweet = id();
		stubFor(post(urlEqualTo("/x/2/media/upload/initialize")).withHeader("Authorization", bearer())
			.withRequestBody(equalToJson("{\"media_type\":\"" + video.contentType() + "\",\"total_bytes\":" + bytes.length
					+ ",\"media_category\":\"tweet_video\"}"))
			.willReturn(okJson("{\"data\":{\"id\":\"" + mediaId + "\",\"media_key\":\"13_" + mediaId
					+ "\",\"expires_after_secs\":1295999}}")));
		stubFor(post(urlEqualTo("/x/2/media/upload/" + mediaId + "/append")).withHeader("Authorization", bearer())
			.withMultipartRequestBody(aMultipart().withName("segment_index"))
			.withMultipartRequestBody(aMultipart().withName("media"))
			.willReturn(aResponse().withStatus(204)));
		stubFor(post(urlEqualTo("/x/2/media/upload/" + mediaId + "/finalize")).withHeader("Authorization", bearer())
			.willReturn(okJson(processing(mediaId, "pending", 1))));
		String scenario = "video-" + marker;
		stubFor(status(mediaId).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson(processing(mediaId, "in_progress", 1))).willSetStateTo("done"));
		stubFor(status(mediaId).inScenario(scenario).whenScenarioStateIs("done")
			.willReturn(okJson(processing(mediaId, "succeeded", 0))));
		stubFor(tweets().withRequestBody(equalToJson("{\"media\":{\"media_ids\":[\"" + mediaId + "\"]}}", true, true))
			.willReturn(created(tweet)));
		var story = stories.publishedTo("Video " + marker, Map.of(Channel.X, "Video kegiatan " + marker),
				List.of(video.id()), false);

		var row = awaitState(jdbc, story.id(), "X", "PUBLISHED", "FAILED");
		assertThat(row.get("state")).as("%s", row).isEqualTo("PUBLISHED");
		assertThat(row.get("permalink")).isEqualTo("https://x.com/" + HANDLE + "/status/" + tweet);
		List<LoggedRequest> chunks = calls("/x/2/media/upload/" + mediaId + "/append");
		assertThat(chunks).hasSize(2);
		assertThat(chunks.stream().map(chunk -> chunk.getPart("segment_index").getBody().asString()))
			.containsExactly("0", "1");
		assertThat(chunks.get(0).getPart("media").getBody().asBytes()).hasSize(XMediaUpload.CHUNK_BYTES);
		assertThat(chunks.get(1).getPart("media").getBody().asBytes()).hasSize(300_000);
		assertThat(calls("/x/2/media/upload\\?command=STATUS&media_id=" + mediaId)).hasSize(2);
		List<LoggedRequest> order = calls("/x/2/(media/upload.*|tweets)");
		assertThat(order.get(order.size() - 1).getUrl()).as("the post comes after processing").isEqualTo("/x/2/tweets");
	}

	@Test
	void tooManyRequestsWaitsUntilTheWindowResetsThenSucceeds() throws Exception {
		String scenario = "429-" + marker;
		long reset = Instant.now().getEpochSecond() + 2;
		stubFor(tweets().inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
			.willReturn(problem(429, "Too Many Requests", "Too Many Requests").withHeader("x-rate-limit-limit", "100")
				.withHeader("x-rate-limit-remaining", "0").withHeader("x-rate-limit-reset", Long.toString(reset)))
			.willSetStateTo("second"));
		stubFor(tweets().inScenario(scenario).whenScenarioStateIs("second").willReturn(created(id())));
		var story = publishText();

		awaitState(jdbc, story.id(), "X", "PUBLISHED");
		List<LoggedRequest> sent = calls("/x/2/tweets");
		assertThat(sent).hasSize(2);
		assertThat(sent.get(1).getLoggedDate().toInstant()).as("x-rate-limit-reset is honoured")
			.isAfterOrEqualTo(Instant.ofEpochSecond(reset).minusMillis(50));
	}

	@Test
	void aServerErrorIsRetriedWithoutUploadingThePictureAgain() throws Exception {
		String picture = id();
		String scenario = "500-" + marker;
		stubFor(pictureUpload().willReturn(okJson(uploaded(picture))));
		stubFor(tweets().inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
			.willReturn(problem(500, "Internal Server Error", "Something went wrong")).willSetStateTo("second"));
		stubFor(tweets().inScenario(scenario).whenScenarioStateIs("second").willReturn(created(id())));
		var story = stories.publishedTo("Foto " + marker, Map.of(Channel.X, "Satu foto " + marker), List.of());

		awaitState(jdbc, story.id(), "X", "PUBLISHED");
		List<LoggedRequest> sent = calls("/x/2/tweets");
		assertThat(sent).hasSize(2).allSatisfy(tweet -> assertThat(tweet.getBodyAsString()).contains(picture));
		assertThat(calls("/x/2/media/upload")).as("the saved media id is used again").hasSize(1);
		assertThat(attempts(story.id())).containsExactly("RETRY", "PUBLISHED");
	}

	@Test
	void anExpiredTokenAsksForReconnecting() throws Exception {
		stubFor(tweets().willReturn(problem(401, "Unauthorized", "Unauthorized")));
		var story = publishText();

		var row = awaitState(jdbc, story.id(), "X", "NEEDS_RECONNECT");
		assertThat(row.get("error_key")).isEqualTo("channel.failure.token");
		assertThat(jdbc.queryForObject("SELECT needs_reconnect FROM channel_account WHERE channel = 'X'",
				Boolean.class)).isTrue();
	}

	@Test
	void duplicateContentFailsWithTheReasonExplained() throws Exception {
		stubFor(tweets().willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/problem+json")
			.withBody("{\"detail\":\"You are not allowed to create a Tweet with duplicate content.\","
					+ "\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403}")));
		var story = publishText();

		var row = awaitState(jdbc, story.id(), "X", "FAILED");
		assertThat(row.get("error_key")).isEqualTo("channel.failure.duplicate");
		assertThat(calls("/x/2/tweets")).hasSize(1);
		String board = mvc.perform(MockMvcRequestBuilders.get("/redaksi/berita/{id}/kanal", story.id())
			.with(staff.demo(Role.CONTENT_ADMIN))).andReturn().getResponse().getContentAsString();
		assertThat(board).contains("isi yang sama sudah pernah dikirim").contains("duplicate content");
	}

	@Test
	void aVideoXCannotProcessFailsWithoutAPostAndTryingAgainUploadsAnew() throws Exception {
		long video = media.store(new ByteArrayInputStream(TestFiles.mp4Noise(64_000, System.nanoTime())),
				"rusak-x.mp4", 1L, null).id();
		String refused = id();
		String again = id();
		String scenario = "processing-" + marker;
		stubFor(post(urlEqualTo("/x/2/media/upload/initialize")).withHeader("Authorization", bearer())
			.inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson("{\"data\":{\"id\":\"" + refused + "\",\"media_key\":\"13_" + refused + "\"}}"))
			.willSetStateTo("again"));
		stubFor(post(urlEqualTo("/x/2/media/upload/initialize")).withHeader("Authorization", bearer())
			.inScenario(scenario).whenScenarioStateIs("again")
			.willReturn(okJson("{\"data\":{\"id\":\"" + again + "\",\"media_key\":\"13_" + again + "\"}}")));
		for (String mediaId : List.of(refused, again)) {
			stubFor(post(urlEqualTo("/x/2/media/upload/" + mediaId + "/append")).withHeader("Authorization", bearer())
				.willReturn(aResponse().withStatus(204)));
			stubFor(post(urlEqualTo("/x/2/media/upload/" + mediaId + "/finalize")).withHeader("Authorization",
					bearer()).willReturn(okJson(processing(mediaId, "pending", 0))));
		}
		stubFor(status(refused).willReturn(okJson("{\"data\":{\"id\":\"" + refused + "\",\"processing_info\":"
				+ "{\"state\":\"failed\",\"progress_percent\":0,\"error\":{\"code\":1,\"name\":\"InvalidMedia\","
				+ "\"message\":\"Unsupported video format\"}}}}")));
		stubFor(status(again).willReturn(okJson(processing(again, "succeeded", 0))));
		stubFor(tweets().willReturn(created(id())));
		var story = stories.publishedTo("Video " + marker, Map.of(Channel.X, "Video rusak " + marker), List.of(video),
				false);

		var row = awaitState(jdbc, story.id(), "X", "FAILED");
		assertThat(row.get("error_key")).isEqualTo("channel.failure.processing");
		assertThat((String) row.get("error_detail")).contains("Unsupported video format");
		assertThat(calls("/x/2/tweets")).isEmpty();

		mvc.perform(MockMvcRequestBuilders.post("/redaksi/berita/{id}/kanal/{p}/ulang", story.id(), row.get("id"))
			.with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()));
		awaitState(jdbc, story.id(), "X", "PUBLISHED");
		assertThat(calls("/x/2/media/upload/initialize")).as("a new session, not the refused media").hasSize(2);
		assertThat(calls("/x/2/tweets").get(0).getBodyAsString()).contains(again).doesNotContain(refused);
	}

	@Test
	void aPostWithoutAnswerIsNeverRepeatedAndWaitsForAPerson() throws Exception {
		stubFor(tweets().willReturn(created(id()).withFixedDelay(8_000)));
		var story = publishText();

		awaitState(jdbc, story.id(), "X", "NEEDS_CHECK");
		Thread.sleep(1_500);
		assertThat(calls("/x/2/tweets")).as("exactly one create").hasSize(1);
	}

	@Test
	void withdrawingTheStoryDeletesThePost() throws Exception {
		String id = id();
		stubFor(tweets().willReturn(created(id)));
		stubFor(delete(urlEqualTo("/x/2/tweets/" + id)).withHeader("Authorization", bearer())
			.willReturn(okJson("{\"data\":{\"deleted\":true}}")));
		var story = publishText();
		awaitState(jdbc, story.id(), "X", "PUBLISHED");

		stories.withdraw(story);
		awaitState(jdbc, story.id(), "X", "WITHDRAWN");
		assertThat(calls("/x/2/tweets/" + id)).hasSize(1);
	}

	private PublishedStoryFixtures.Story publishText() throws Exception {
		return stories.publishedTextTo("Berita " + marker, Map.of(Channel.X, "Kabar dinas " + marker));
	}

	private List<String> attempts(long storyId) {
		return jdbc.queryForList("""
				SELECT outcome FROM publication_attempt a JOIN publication p ON p.id = a.publication_id
				WHERE p.story_id = ? ORDER BY number""", String.class, storyId);
	}

	private MappingBuilder tweets() {
		return post(urlEqualTo("/x/2/tweets")).withHeader("Authorization", bearer())
			.withHeader("Content-Type", containing("application/json"))
			.withRequestBody(containing(marker));
	}

	private MappingBuilder pictureUpload() {
		return post(urlEqualTo("/x/2/media/upload")).withHeader("Authorization", bearer())
			.withMultipartRequestBody(aMultipart().withName("media_category").withBody(equalTo("tweet_image")))
			.withMultipartRequestBody(aMultipart().withName("media"));
	}

	private MappingBuilder status(String mediaId) {
		return get(urlPathEqualTo("/x/2/media/upload")).withQueryParam("command", equalTo("STATUS"))
			.withQueryParam("media_id", equalTo(mediaId)).withHeader("Authorization", bearer());
	}

	/** This test's requests: every one carries its own token. */
	private List<LoggedRequest> calls(String urlPattern) {
		return PlatformStubs.server().findAll(anyRequestedFor(urlMatching(urlPattern)).withHeader("Authorization",
				bearer()));
	}

	private com.github.tomakehurst.wiremock.matching.StringValuePattern bearer() {
		return equalTo("Bearer " + token);
	}

	private static void stubFor(MappingBuilder stub) {
		PlatformStubs.server().stubFor(stub);
	}

	private static String id() {
		return Long.toString(IDS.incrementAndGet());
	}

	private static ResponseDefinitionBuilder created(String id) {
		return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
			.withBody("{\"data\":{\"id\":\"" + id + "\",\"edit_history_tweet_ids\":[\"" + id + "\"],\"text\":\"…\"}}");
	}

	private static String uploaded(String id) {
		return "{\"data\":{\"id\":\"" + id + "\",\"media_key\":\"3_" + id + "\"}}";
	}

	private static String processing(String mediaId, String state, int checkAfter) {
		return "{\"data\":{\"id\":\"" + mediaId + "\",\"media_key\":\"13_" + mediaId + "\",\"processing_info\":"
				+ "{\"state\":\"" + state + "\",\"check_after_secs\":" + checkAfter + ",\"progress_percent\":40}}}";
	}

	static ResponseDefinitionBuilder problem(int status, String title, String detail) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
			.withBody("{\"title\":\"" + title + "\",\"detail\":\"" + detail + "\",\"type\":\"about:blank\",\"status\":"
					+ status + "}");
	}
}
