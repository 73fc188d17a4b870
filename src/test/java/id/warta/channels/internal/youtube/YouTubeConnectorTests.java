package id.warta.channels.internal.youtube;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static id.warta.channels.ChannelTestSupport.awaitState;
import static id.warta.channels.ChannelTestSupport.received;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The YouTube channel against a stub of the Data API v3 that follows channels/API-CONTRACTS.md §4: resumable upload
 * in 256 KiB chunks (the test setting; 8 MiB in production) of a 700 000-byte video, processing polls, the session
 * probe after a lost answer, and deletion. YouTube takes video only, so the "text post" and "several pictures"
 * scenarios do not apply; the rules refuse a YouTube story without a video before it reaches the connector. The
 * OAuth flow and refreshing are in {@link YouTubeAuthorizationTests}.
 */
@WartaTest
class YouTubeConnectorTests {

	static final String UPLOAD = "/youtube/upload/youtube/v3/videos";
	static final String API = "/youtube/youtube/v3/videos";
	static final int SIZE = 700_000;
	static final String FIRST = "bytes 0-262143/700000";
	static final String SECOND = "bytes 262144-524287/700000";
	static final String LAST = "bytes 524288-699999/700000";
	static final String PROBE = "bytes */700000";
	private static final JsonMapper JSON = JsonMapper.builder().build();

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
	String marker;
	String token;
	String videoId;
	long seed;

	@BeforeEach
	void connectAChannel() {
		ChannelTestSupport.quietQueue(jdbc);
		stories = new PublishedStoryFixtures(mvc, staff, jdbc);
		String unique = UUID.randomUUID().toString().substring(0, 8);
		marker = "yt-" + unique;
		token = "ya29.a0-" + unique;
		videoId = "Vid" + unique;
		seed = unique.hashCode();
		// No expiry: the hourly refresh must not reach for a token endpoint these tests do not stub.
		accounts.connect(Channel.YOUTUBE, new ChannelAuthorization.Grant("Kanal Uji", "UC" + unique, "dpkpp_uji", token,
				"1//refresh-" + unique, null, null), Staff.demoUsername(Role.CONTENT_ADMIN));
	}

	@Test
	void aVideoGoesUpInChunksIsFollowedThroughProcessingAndCanBeWithdrawn() throws Exception {
		stubSession(session(1));
		stubChunk(session(1), FIRST, incomplete(262143));
		stubChunk(session(1), SECOND, incomplete(524287));
		stubChunk(session(1), LAST, okJson(video()));
		stubProcessing(status("uploaded", "processing", null), status("processed", "succeeded", null));
		PlatformStubs.server().stubFor(delete(urlEqualTo(API + "?id=" + videoId))
			.withHeader("Authorization", equalTo("Bearer " + token)).willReturn(aResponse().withStatus(204)));
		var story = publish();

		var row = awaitState(jdbc, story.id(), "YOUTUBE", "PUBLISHED");
		assertThat(row.get("external_id")).isEqualTo(videoId);
		assertThat(row.get("permalink")).isEqualTo("https://www.youtube.com/watch?v=" + videoId);
		assertThat((String) row.get("progress")).as("the session is kept for resuming").contains("youtube.session");

		LoggedRequest opened = sessions().get(0);
		assertThat(opened.getHeader("X-Upload-Content-Type")).as("the type the library found").startsWith("video/");
		assertThat(opened.getHeader("X-Upload-Content-Length")).isEqualTo("700000");
		JsonNode metadata = JSON.readTree(opened.getBodyAsString());
		assertThat(metadata.path("snippet").path("title").asText()).isEqualTo("Video " + marker);
		assertThat(metadata.path("snippet").path("description").asText()).startsWith("Kabar video " + marker)
			.endsWith(story.path());
		assertThat(metadata.path("snippet").path("categoryId").asText()).isEqualTo("25");
		assertThat(metadata.path("status").path("privacyStatus").asText()).isEqualTo("public");
		assertThat(metadata.path("status").path("selfDeclaredMadeForKids").asBoolean(true)).isFalse();

		List<LoggedRequest> chunks = chunks();
		assertThat(chunks).extracting(chunk -> chunk.getHeader("Content-Range")).containsExactly(FIRST, SECOND, LAST);
		ByteArrayOutputStream sent = new ByteArrayOutputStream();
		for (LoggedRequest chunk : chunks) {
			sent.write(chunk.getBody());
		}
		assertThat(sent.toByteArray()).as("the whole file, in order").isEqualTo(TestFiles.mp4Noise(SIZE, seed));
		assertThat(PlatformStubs.server().findAll(com.github.tomakehurst.wiremock.client.WireMock
			.getRequestedFor(urlPathEqualTo(API)).withQueryParam("id", equalTo(videoId)))).hasSizeGreaterThanOrEqualTo(2);

		stories.withdraw(story);
		awaitState(jdbc, story.id(), "YOUTUBE", "WITHDRAWN");
		assertThat(PlatformStubs.server().findAll(deleteRequestedFor(urlEqualTo(API + "?id=" + videoId)))).hasSize(1);
	}

	@Test
	void aRateLimitWaitsAsToldThenSucceeds() throws Exception {
		String scenario = "rate-" + marker;
		PlatformStubs.server().stubFor(sessionRequest().inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
			.willReturn(googleError(403, "rateLimitExceeded", "youtube.quota", "The request cannot be completed "
					+ "because you have exceeded your quota.").withHeader("Retry-After", "1"))
			.willSetStateTo("second"));
		PlatformStubs.server().stubFor(sessionRequest().inScenario(scenario).whenScenarioStateIs("second")
			.willReturn(aResponse().withStatus(200).withHeader("Location", session(1))));
		stubChunks(session(1));
		var story = publish();

		awaitState(jdbc, story.id(), "YOUTUBE", "PUBLISHED");
		List<LoggedRequest> opened = sessions();
		assertThat(opened).hasSize(2);
		assertThat(Duration.between(opened.get(0).getLoggedDate().toInstant(), opened.get(1).getLoggedDate().toInstant()))
			.as("Retry-After is honoured").isGreaterThanOrEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void aServerErrorDuringTheUploadResumesWhereYouTubeStopped() throws Exception {
		stubSession(session(1));
		stubChunk(session(1), FIRST, incomplete(262143));
		String scenario = "503-" + marker;
		PlatformStubs.server().stubFor(chunkRequest(session(1), SECOND).inScenario(scenario)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(googleError(503, "backendError", "global", "Backend Error")).willSetStateTo("resumed"));
		PlatformStubs.server().stubFor(chunkRequest(session(1), SECOND).inScenario(scenario)
			.whenScenarioStateIs("resumed").willReturn(incomplete(524287)));
		stubChunk(session(1), PROBE, incomplete(262143));
		stubChunk(session(1), LAST, okJson(video()));
		stubProcessing(status("processed", "succeeded", null));
		var story = publish();

		awaitState(jdbc, story.id(), "YOUTUBE", "PUBLISHED");
		assertThat(sessions()).as("the same session goes on").hasSize(1);
		assertThat(chunks()).extracting(chunk -> chunk.getHeader("Content-Range"))
			.as("the probe tells where to go on; the first chunk is not sent again")
			.containsExactly(FIRST, SECOND, PROBE, SECOND, LAST);
		assertThat(outcomes(story.id())).containsExactly("RETRY", "PUBLISHED");
	}

	@Test
	void anExpiredSessionIsReplacedByANewOne() throws Exception {
		String scenario = "expired-" + marker;
		PlatformStubs.server().stubFor(sessionRequest().inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(200).withHeader("Location", session(1))).willSetStateTo("second"));
		PlatformStubs.server().stubFor(sessionRequest().inScenario(scenario).whenScenarioStateIs("second")
			.willReturn(aResponse().withStatus(200).withHeader("Location", session(2))));
		stubChunk(session(1), FIRST, googleError(500, "backendError", "global", "Backend Error"));
		stubChunk(session(1), PROBE, aResponse().withStatus(404));
		stubChunks(session(2));
		var story = publish();

		awaitState(jdbc, story.id(), "YOUTUBE", "PUBLISHED");
		assertThat(sessions()).hasSize(2);
		assertThat(received(UPLOAD + ".*upload_id=" + marker + "-2", marker)).hasSize(3);
	}

	@Test
	void aRefusedTokenAsksForReconnecting() throws Exception {
		PlatformStubs.server().stubFor(sessionRequest().willReturn(googleError(401, "authError", "global",
				"Request had invalid authentication credentials.")));
		var story = publish();

		var row = awaitState(jdbc, story.id(), "YOUTUBE", "NEEDS_RECONNECT");
		assertThat(row.get("error_key")).isEqualTo("channel.failure.token");
		assertThat(jdbc.queryForObject("SELECT needs_reconnect FROM channel_account WHERE channel = 'YOUTUBE'",
				Boolean.class)).isTrue();
	}

	@Test
	void aDuplicateVideoIsRejectedWithTheReasonExplained() throws Exception {
		stubWholeUpload(session(1));
		stubProcessing(status("rejected", "processing", "duplicate"));
		var story = publish();

		var row = awaitState(jdbc, story.id(), "YOUTUBE", "FAILED");
		assertThat(row.get("error_key")).isEqualTo("channel.failure.duplicate");
		assertThat(board(story.id())).contains("isi yang sama sudah pernah dikirim").contains("duplicate");
	}

	@Test
	void aVideoYouTubeCannotProcessFails() throws Exception {
		stubWholeUpload(session(1));
		stubProcessing(status("uploaded", "processing", null), status("failed", "failed", "codec"));
		var story = publish();

		var row = awaitState(jdbc, story.id(), "YOUTUBE", "FAILED");
		assertThat(row.get("error_key")).isEqualTo("channel.failure.processing");
		assertThat(board(story.id())).contains("gagal memproses media").contains("codec");
	}

	@Test
	void anUnansweredLastChunkIsSettledByProbingTheSessionNeverByUploadingAgain() throws Exception {
		stubSession(session(1));
		stubChunk(session(1), FIRST, incomplete(262143));
		stubChunk(session(1), SECOND, incomplete(524287));
		stubChunk(session(1), LAST, okJson(video()).withFixedDelay(8_000));
		stubChunk(session(1), PROBE, aResponse().withStatus(201).withHeader("Content-Type", "application/json")
			.withBody(video()));
		var story = publish();

		var row = awaitState(jdbc, story.id(), "YOUTUBE", "PUBLISHED");
		assertThat(row.get("permalink")).isEqualTo("https://www.youtube.com/watch?v=" + videoId);
		Thread.sleep(3_000);
		assertThat(chunks()).extracting(chunk -> chunk.getHeader("Content-Range"))
			.as("exactly one last chunk, and the probe").containsExactlyInAnyOrder(FIRST, SECOND, LAST, PROBE);
		assertThat(sessions()).hasSize(1);
		assertThat(outcomes(story.id())).containsExactly("PUBLISHED");
	}

	private PublishedStoryFixtures.Story publish() throws Exception {
		long video = media.store(new ByteArrayInputStream(TestFiles.mp4Noise(SIZE, seed)), marker + ".mp4", 1L, null)
			.id();
		return stories.publishedTo("Video " + marker, Map.of(Channel.YOUTUBE, "Kabar video " + marker), List.of(video));
	}

	/** The session address YouTube answers with; the test's marker makes it this test's own. */
	private String session(int number) {
		return PlatformStubs.base() + UPLOAD + "?uploadType=resumable&upload_id=" + marker + "-" + number;
	}

	private com.github.tomakehurst.wiremock.client.MappingBuilder sessionRequest() {
		return post(urlPathEqualTo(UPLOAD)).withQueryParam("uploadType", equalTo("resumable"))
			.withQueryParam("part", equalTo("snippet,status"))
			.withHeader("Authorization", equalTo("Bearer " + token))
			.withRequestBody(containing(marker));
	}

	private void stubSession(String session) {
		PlatformStubs.server().stubFor(sessionRequest()
			.willReturn(aResponse().withStatus(200).withHeader("Location", session)));
	}

	private com.github.tomakehurst.wiremock.client.MappingBuilder chunkRequest(String session, String range) {
		return put(urlEqualTo(session.substring(PlatformStubs.base().length())))
			.withHeader("Authorization", equalTo("Bearer " + token))
			.withHeader("Content-Range", equalTo(range));
	}

	private void stubChunk(String session, String range, ResponseDefinitionBuilder answer) {
		PlatformStubs.server().stubFor(chunkRequest(session, range).willReturn(answer));
	}

	private void stubWholeUpload(String session) {
		stubSession(session);
		stubChunks(session);
	}

	/** Every chunk taken, and the video processed. */
	private void stubChunks(String session) {
		stubChunk(session, FIRST, incomplete(262143));
		stubChunk(session, SECOND, incomplete(524287));
		stubChunk(session, LAST, okJson(video()));
		stubProcessing(status("processed", "succeeded", null));
	}

	/** The videos.list answers in turn; the last one stays. */
	private void stubProcessing(String... answers) {
		String scenario = "processing-" + marker;
		for (int i = 0; i < answers.length; i++) {
			var stub = get(urlPathEqualTo(API)).withQueryParam("id", equalTo(videoId))
				.withQueryParam("part", equalTo("status,processingDetails"))
				.withHeader("Authorization", equalTo("Bearer " + token))
				.inScenario(scenario)
				.whenScenarioStateIs(i == 0 ? Scenario.STARTED : "poll-" + i)
				.willReturn(okJson(answers[i]));
			PlatformStubs.server().stubFor(i < answers.length - 1 ? stub.willSetStateTo("poll-" + (i + 1)) : stub);
		}
	}

	private String status(String uploadStatus, String processingStatus, String reason) {
		String why = reason == null ? ""
				: ",\"" + ("rejected".equals(uploadStatus) ? "rejectionReason" : "failureReason") + "\":\"" + reason + "\"";
		return "{\"kind\":\"youtube#videoListResponse\",\"items\":[{\"kind\":\"youtube#video\",\"id\":\"" + videoId
				+ "\",\"status\":{\"uploadStatus\":\"" + uploadStatus + "\",\"privacyStatus\":\"public\"" + why
				+ "},\"processingDetails\":{\"processingStatus\":\"" + processingStatus + "\"}}]}";
	}

	private String video() {
		return "{\"kind\":\"youtube#video\",\"id\":\"" + videoId + "\",\"snippet\":{\"title\":\"Video " + marker
				+ "\"},\"status\":{\"uploadStatus\":\"uploaded\",\"privacyStatus\":\"public\"}}";
	}

	private static ResponseDefinitionBuilder incomplete(long lastByte) {
		return aResponse().withStatus(308).withHeader("Range", "bytes=0-" + lastByte);
	}

	static ResponseDefinitionBuilder googleError(int status, String reason, String domain, String message) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=UTF-8")
			.withBody("{\"error\":{\"code\":" + status + ",\"message\":\"" + message + "\",\"errors\":[{\"message\":\""
					+ message + "\",\"domain\":\"" + domain + "\",\"reason\":\"" + reason + "\"}]}}");
	}

	private List<LoggedRequest> sessions() {
		return received(UPLOAD + "\\?uploadType=resumable&part=.*", marker);
	}

	private List<LoggedRequest> chunks() {
		return received(UPLOAD + ".*upload_id=.*", marker);
	}

	private List<String> outcomes(long storyId) {
		return jdbc.queryForList("""
				SELECT outcome FROM publication_attempt a JOIN publication p ON p.id = a.publication_id
				WHERE p.story_id = ? AND p.channel = 'YOUTUBE' ORDER BY number""", String.class, storyId);
	}

	private String board(long storyId) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/redaksi/berita/{id}/kanal", storyId).with(staff.demo(Role.CONTENT_ADMIN))).andReturn().getResponse()
			.getContentAsString();
	}
}
