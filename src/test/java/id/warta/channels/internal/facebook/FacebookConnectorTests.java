package id.warta.channels.internal.facebook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static id.warta.channels.ChannelTestSupport.awaitState;
import static id.warta.channels.ChannelTestSupport.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A Facebook Page against a stub of the Graph API that follows channels/API-CONTRACTS.md §1. */
@WartaTest
class FacebookConnectorTests {

	static final JsonMapper JSON = JsonMapper.builder().build();
	/** The upload chunk in application.properties; the test video is a little longer, so it goes in two. */
	static final int CHUNK = 4 * 1024 * 1024;

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
	String page;
	String token;
	String marker;

	@BeforeEach
	void connectAPage() {
		ChannelTestSupport.quietQueue(jdbc);
		stories = new PublishedStoryFixtures(mvc, staff, jdbc);
		marker = "uji-" + UUID.randomUUID().toString().substring(0, 8);
		page = "1" + Math.abs(System.nanoTime() % 1_000_000_000_000L);
		token = "EAAG" + UUID.randomUUID().toString().replace("-", "");
		accounts.connect(Channel.FACEBOOK,
				new ChannelAuthorization.Grant("Dinas Uji", page, null, token, null, 5_183_944L, null), "uji");
	}

	@Test
	void aTextPostCarriesTheLinkAndGetsItsPermalink() throws Exception {
		stub(post(path(page + "/feed")), okJson(created(501)));
		var story = publish();

		var row = awaitState(jdbc, story.id(), "FACEBOOK", "PUBLISHED");
		assertThat(row.get("external_id")).isEqualTo(page + "_501");
		assertThat(row.get("permalink")).isEqualTo("https://www.facebook.com/" + page + "/posts/501");
		List<LoggedRequest> sent = received(url(page + "/feed"), marker);
		assertThat(sent).hasSize(1);
		assertThat(sent.get(0).queryParameter("fields").firstValue()).isEqualTo("id,permalink_url");
		JsonNode body = JSON.readTree(sent.get(0).getBodyAsString());
		assertThat(body.path("message").asText()).isEqualTo("Kabar dinas " + marker);
		assertThat(body.path("link").asText()).endsWith(story.path());
		assertThat(body.path("published").asBoolean()).isTrue();
	}

	@Test
	void severalPicturesAreUploadedUnpublishedThenAttachedToOnePost() throws Exception {
		long second = media.store(new ByteArrayInputStream(TestFiles.jpeg(40, 30, Color.GREEN)), "kedua.jpg", 1L, null)
			.id();
		await().atMost(Duration.ofSeconds(30)).until(() -> !media.renditions(second).isEmpty());
		// Each picture gets the same photo id however often it is sent: an unanswered upload is simply sent again.
		stub(post(path(page + "/photos")).atPriority(9), okJson("{\"id\":\"" + page + "1\"}"));
		stub(post(path(page + "/photos")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.url", containing("/berkas/tautan/" + second + "."))),
				okJson("{\"id\":\"" + page + "2\"}"));
		stub(post(path(page + "/feed")), okJson(created(601)));
		var story = stories.publishedTo("Album " + marker, Map.of(Channel.FACEBOOK, "Foto kegiatan " + marker),
				List.of(second));

		var row = awaitState(jdbc, story.id(), "FACEBOOK", "PUBLISHED");
		assertThat(row.get("external_id")).isEqualTo(page + "_601");
		List<LoggedRequest> photos = received(url(page + "/photos"), page);
		for (LoggedRequest photo : photos) {
			JsonNode body = JSON.readTree(photo.getBodyAsString());
			assertThat(body.path("published").asBoolean(true)).as("uploaded unpublished").isFalse();
			assertThat(body.path("url").asText()).contains("/berkas/tautan/");
		}
		assertThat(photos.stream().map(photo -> JSON.readTree(photo.getBodyAsString()).path("url").asText()
			.replaceAll(".*/berkas/tautan/(\\d+)\\..*", "$1")).distinct()).as("both pictures").hasSize(2);
		List<LoggedRequest> feeds = received(url(page + "/feed"), marker);
		assertThat(feeds).hasSize(1);
		JsonNode feed = JSON.readTree(feeds.get(0).getBodyAsString());
		assertThat(feed.path("attached_media").values()).extracting(m -> m.path("media_fbid").asText())
			.as("the story's own picture first, then the gallery").containsExactly(page + "1", page + "2");
		assertThat(feed.path("message").asText()).contains("Foto kegiatan " + marker).contains(story.path());
		assertThat(feed.path("published").asBoolean()).isTrue();
	}

	@Test
	void aVideoGoesUpInChunksIsPolledUntilReadyAndGetsItsPermalink() throws Exception {
		byte[] bytes = TestFiles.mp4Noise(CHUNK + 150_000, 11);
		String video = page + "77";
		stubVideo(video, "ready");
		var story = publishedWithVideo(bytes);

		var row = awaitState(jdbc, story.id(), "FACEBOOK", "PUBLISHED");
		assertThat(row.get("external_id")).isEqualTo(video);
		assertThat(row.get("permalink")).isEqualTo("https://www.facebook.com/" + page + "/videos/" + video + "/");
		LoggedRequest session = received(url("test-facebook-client/uploads"), token).get(0);
		assertThat(session.queryParameter("file_length").firstValue()).isEqualTo(Integer.toString(bytes.length));
		assertThat(session.queryParameter("file_type").firstValue()).startsWith("video/");
		List<LoggedRequest> chunks = received(url("upload:" + page + ".*"), "");
		assertThat(chunks).extracting(chunk -> chunk.getHeader("file_offset")).containsExactly("0",
				Integer.toString(CHUNK));
		assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.getHeader("Authorization")).isEqualTo("OAuth " + token));
		assertThat(chunks.get(0).getBody().length + chunks.get(1).getBody().length).isEqualTo(bytes.length);
		assertThat(Arrays.copyOfRange(bytes, CHUNK, bytes.length)).isEqualTo(chunks.get(1).getBody());
		String form = URLDecoder.decode(
				received("/facebook-video/v\\d+\\.\\d+/" + page + "/videos.*", marker).get(0).getBodyAsString(),
				StandardCharsets.UTF_8);
		assertThat(form).contains("fbuploader_video_file_chunk=2::handle-" + page).contains("Video dinas " + marker)
			.contains(story.path());
		assertThat(received(url(video), "fields=status")).as("polled until ready").hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void aVideoFacebookCannotProcessFailsWithTheReasonExplained() throws Exception {
		String video = page + "78";
		stubVideo(video, "error");
		var story = publishedWithVideo(TestFiles.mp4Noise(200_000, 12));

		var row = awaitState(jdbc, story.id(), "FACEBOOK", "FAILED");
		assertThat(row.get("error_key")).isEqualTo("channel.failure.processing");
		assertThat((String) row.get("error_detail")).contains(video).contains("error");
	}

	@Test
	void tooManyRequestsWaitsAsToldThenSucceeds() throws Exception {
		String scenario = "429-" + marker;
		stub(post(path(page + "/feed")).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("second"),
				graphError(429, 4, 0, "(#4) Application request limit reached").withHeader("Retry-After", "1"));
		stub(post(path(page + "/feed")).inScenario(scenario).whenScenarioStateIs("second"), okJson(created(701)));
		var story = publish();

		awaitState(jdbc, story.id(), "FACEBOOK", "PUBLISHED");
		List<LoggedRequest> sent = received(url(page + "/feed"), marker);
		assertThat(sent).hasSize(2);
		assertThat(Duration.between(sent.get(0).getLoggedDate().toInstant(), sent.get(1).getLoggedDate().toInstant()))
			.as("Retry-After is honoured").isGreaterThanOrEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void aServerErrorIsRetried() throws Exception {
		String scenario = "500-" + marker;
		stub(post(path(page + "/feed")).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("second"),
				graphError(500, 2, 0, "An unexpected error has occurred. Please retry your request later."));
		stub(post(path(page + "/feed")).inScenario(scenario).whenScenarioStateIs("second"), okJson(created(801)));
		var story = publish();

		awaitState(jdbc, story.id(), "FACEBOOK", "PUBLISHED");
		assertThat(received(url(page + "/feed"), marker)).hasSize(2);
		assertThat(jdbc.queryForList("""
				SELECT outcome FROM publication_attempt a JOIN publication p ON p.id = a.publication_id
				WHERE p.story_id = ? ORDER BY number""", String.class, story.id())).containsExactly("RETRY", "PUBLISHED");
	}

	@Test
	void anExpiredTokenAsksForReconnecting() throws Exception {
		stub(post(path(page + "/feed")), graphError(400, 190, 463,
				"Error validating access token: Session has expired on Friday, 01-Aug-25 10:00:00 PDT."));
		var story = publish();

		var row = awaitState(jdbc, story.id(), "FACEBOOK", "NEEDS_RECONNECT");
		assertThat(row.get("error_key")).isEqualTo("channel.failure.token");
		assertThat((String) row.get("error_detail")).contains("190/463");
		assertThat(jdbc.queryForObject("SELECT needs_reconnect FROM channel_account WHERE channel = 'FACEBOOK'",
				Boolean.class)).isTrue();
	}

	@Test
	void aDuplicatePostFailsWithTheReasonExplained() throws Exception {
		stub(post(path(page + "/feed")), graphError(400, 506, 1455006, "(#506) Duplicate status message"));
		var story = publish();

		var row = awaitState(jdbc, story.id(), "FACEBOOK", "FAILED");
		assertThat(row.get("error_key")).isEqualTo("channel.failure.duplicate");
		assertThat(received(url(page + "/feed"), marker)).as("a duplicate is not sent again").hasSize(1);
		String board = mvc.perform(MockMvcRequestBuilders.get("/redaksi/berita/{id}/kanal", story.id())
			.with(staff.demo(Role.CONTENT_ADMIN))).andReturn().getResponse().getContentAsString();
		assertThat(board).contains("isi yang sama sudah pernah dikirim").contains("Duplicate status message");
	}

	@Test
	void aFeedPostWithoutAnswerIsFoundOnThePageAndNeverSentTwice() throws Exception {
		stub(post(path(page + "/feed")), okJson(created(901)).withFixedDelay(8_000));
		var story = publish();
		String link = awaitLinkSent();
		stub(get(path(page + "/feed")), okJson(feed(
				"{\"id\":\"" + page + "_900\",\"permalink_url\":\"https://www.facebook.com/" + page
						+ "/posts/900\",\"message\":\"Berita lain\",\"link\":\"https://contoh.go.id/lain\"}",
				"{\"id\":\"" + page + "_901\",\"permalink_url\":\"https://www.facebook.com/" + page
						+ "/posts/901\",\"message\":\"Kabar dinas " + marker + "\",\"link\":\"" + link + "\"}")));

		var row = awaitState(jdbc, story.id(), "FACEBOOK", "PUBLISHED");
		assertThat(row.get("external_id")).isEqualTo(page + "_901");
		assertThat(row.get("permalink")).isEqualTo("https://www.facebook.com/" + page + "/posts/901");
		Thread.sleep(1_500);
		assertThat(received(url(page + "/feed"), marker).stream().filter(r -> r.getMethod().getName().equals("POST")))
			.as("exactly one create").hasSize(1);
		assertThat(received(url(page + "/feed"), "fields=id%2Cpermalink_url%2Cmessage%2Clink")).isNotEmpty();
	}

	@Test
	void aFeedPostWithoutAnswerThatIsNotOnThePageWaitsForAPerson() throws Exception {
		stub(post(path(page + "/feed")), okJson(created(950)).withFixedDelay(8_000));
		var story = publish();
		awaitLinkSent();
		stub(get(path(page + "/feed")), okJson(feed("{\"id\":\"" + page + "_940\",\"permalink_url\":"
				+ "\"https://www.facebook.com/" + page + "/posts/940\",\"message\":\"Berita lain\"}")));

		awaitState(jdbc, story.id(), "FACEBOOK", "NEEDS_CHECK");
		Thread.sleep(1_500);
		assertThat(received(url(page + "/feed"), marker)).as("exactly one create, never a second").hasSize(1);
	}

	@Test
	void withdrawingTheStoryDeletesThePost() throws Exception {
		stub(post(path(page + "/feed")), okJson(created(990)));
		stub(delete(path(page + "_990")), okJson("{\"success\":true}"));
		var story = publish();
		awaitState(jdbc, story.id(), "FACEBOOK", "PUBLISHED");

		stories.withdraw(story);

		awaitState(jdbc, story.id(), "FACEBOOK", "WITHDRAWN");
		assertThat(PlatformStubs.server().findAll(deleteRequestedFor(urlPathMatching(path(page + "_990")))))
			.singleElement()
			.satisfies(request -> assertThat(request.queryParameter("access_token").firstValue()).isEqualTo(token));
	}

	private PublishedStoryFixtures.Story publish() throws Exception {
		return stories.publishedTextTo("Berita " + marker, Map.of(Channel.FACEBOOK, "Kabar dinas " + marker));
	}

	private PublishedStoryFixtures.Story publishedWithVideo(byte[] bytes) throws Exception {
		long id = media.store(new ByteArrayInputStream(bytes), "video.mp4", 1L, null).id();
		return stories.publishedTo("Video " + marker, Map.of(Channel.FACEBOOK, "Video dinas " + marker), List.of(id));
	}

	/** The upload session, chunks, the video post on graph-video, a status poll that ends in {@code last}. */
	private void stubVideo(String video, String last) {
		stub(post(path("test-facebook-client/uploads")), okJson("{\"id\":\"upload:" + page + "c2Vzc2lvbg==\"}"));
		// The chunks carry the token in the Authorization header, not in the query string.
		PlatformStubs.server().stubFor(post(path("upload:" + page + ".*"))
			.withHeader("Authorization", equalTo("OAuth " + token))
			.willReturn(okJson("{\"h\":\"2::handle-" + page + "\"}")));
		stub(post("/facebook-video/v\\d+\\.\\d+/" + page + "/videos"), okJson("{\"id\":\"" + video + "\"}"));
		String scenario = "status-" + marker;
		stub(get(path(video)).withQueryParam("fields", equalTo("status")).inScenario(scenario)
			.whenScenarioStateIs(Scenario.STARTED).willSetStateTo("done"),
				okJson("{\"status\":{\"video_status\":\"processing\",\"processing_progress\":40},\"id\":\"" + video
						+ "\"}"));
		stub(get(path(video)).withQueryParam("fields", equalTo("status")).inScenario(scenario)
			.whenScenarioStateIs("done"), okJson("{\"status\":{\"video_status\":\"" + last + "\""
					+ (last.equals("error") ? ",\"processing_phase\":{\"status\":\"error\",\"errors\":[{\"code\":1363008,"
							+ "\"message\":\"Video file is corrupt\"}]}" : "")
					+ "},\"id\":\"" + video + "\"}"));
		stub(get(path(video)).withQueryParam("fields", equalTo("permalink_url")),
				okJson("{\"permalink_url\":\"/" + page + "/videos/" + video + "/\",\"id\":\"" + video + "\"}"));
	}

	/** Waits for the create that will go unanswered, and returns the link it carried. */
	private String awaitLinkSent() {
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
			.until(() -> !received(url(page + "/feed"), marker).isEmpty());
		return JSON.readTree(received(url(page + "/feed"), marker).get(0).getBodyAsString()).path("link").asText();
	}

	private void stub(MappingBuilder request, ResponseDefinitionBuilder answer) {
		PlatformStubs.server().stubFor(request.withQueryParam("access_token", equalTo(token)).willReturn(answer));
	}

	private static MappingBuilder post(String pathPattern) {
		return com.github.tomakehurst.wiremock.client.WireMock.post(urlPathMatching(pathPattern));
	}

	private static MappingBuilder get(String pathPattern) {
		return com.github.tomakehurst.wiremock.client.WireMock.get(urlPathMatching(pathPattern));
	}

	private static MappingBuilder delete(String pathPattern) {
		return com.github.tomakehurst.wiremock.client.WireMock.delete(urlPathMatching(pathPattern));
	}

	private static String path(String rest) {
		return "/facebook/v\\d+\\.\\d+/" + rest;
	}

	private static String url(String rest) {
		return path(rest) + "(\\?.*)?";
	}

	private String created(int post) {
		return "{\"id\":\"" + page + "_" + post + "\",\"permalink_url\":\"https://www.facebook.com/" + page + "/posts/"
				+ post + "\"}";
	}

	private static String feed(String... posts) {
		return "{\"data\":[" + String.join(",", posts)
				+ "],\"paging\":{\"cursors\":{\"before\":\"QVFI\",\"after\":\"QVFJ\"}}}";
	}

	private static ResponseDefinitionBuilder graphError(int status, int code, int subcode, String message) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
					+ (subcode == 0 ? "" : ",\"error_subcode\":" + subcode)
					+ ",\"fbtrace_id\":\"AZ" + Integer.toHexString(message.hashCode()) + "\"}}");
	}
}
