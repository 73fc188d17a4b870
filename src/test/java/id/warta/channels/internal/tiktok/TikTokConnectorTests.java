package id.warta.channels.internal.tiktok;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static id.warta.channels.ChannelTestSupport.awaitState;
import static id.warta.channels.ChannelTestSupport.received;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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

/**
 * The TikTok channel against a stub of the Content Posting API that follows channels/API-CONTRACTS.md §5: creator
 * info, direct-post init, the file in chunks (256 KiB in tests, so that a 700 000-byte video goes in two; TikTok
 * takes 5–64 MB), and the status fetch until the post is public.
 * <p>
 * What does not apply: TikTok has no text-only posts, and photo posts pull from a verified domain only
 * ({@code PULL_FROM_URL}), so the rules send TikTok stories with a video and "text" and "several pictures" are not
 * scenarios here. TikTok reports no duplicate content either; its nearest refusals, too many posts and a privacy
 * level the account does not offer, stand in for it. The OAuth flow is in {@link TikTokAuthorizationTests}.
 */
@WartaTest
class TikTokConnectorTests {

	static final String API = "/tiktok/v2/post/publish";
	static final int SIZE = 700_000;
	static final String FIRST = "bytes 0-262143/700000";
	static final String LAST = "bytes 262144-699999/700000";
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
	String publishId;
	String postId;
	long seed;

	@BeforeEach
	void connectAnAccount() {
		ChannelTestSupport.quietQueue(jdbc);
		stories = new PublishedStoryFixtures(mvc, staff, jdbc);
		String unique = UUID.randomUUID().toString().substring(0, 8);
		marker = "tt-" + unique;
		token = "act." + unique;
		publishId = "v_pub_file~v2-1." + unique;
		postId = "73" + String.format("%017d", Math.abs((long) unique.hashCode()));
		seed = unique.hashCode();
		// No expiry: the hourly refresh must not reach for a token endpoint these tests do not stub.
		accounts.connect(Channel.TIKTOK, new ChannelAuthorization.Grant("Dinas Uji", "open-" + unique, "dpkpp_uji",
				token, "rft." + unique, null, null), Staff.demoUsername(Role.CONTENT_ADMIN));
	}

	@Test
	void aVideoGoesUpInChunksAndIsFollowedUntilTikTokPublishesIt() throws Exception {
		stubCreator("\"PUBLIC_TO_EVERYONE\",\"MUTUAL_FOLLOW_FRIENDS\",\"SELF_ONLY\"");
		stubInit(okJson(initAnswer()));
		stubChunks();
		stubStatus(status("PROCESSING_UPLOAD", ""), status("PROCESSING_DOWNLOAD", ""),
				status("PUBLISH_COMPLETE", "\"publicaly_available_post_id\":[" + postId + "]"));
		var story = publish();

		var row = awaitState(jdbc, story.id(), "TIKTOK", "PUBLISHED");
		assertThat(row.get("external_id")).isEqualTo(postId);
		assertThat(row.get("permalink")).isEqualTo("https://www.tiktok.com/@dpkpp_uji/video/" + postId);
		assertThat((String) row.get("progress")).as("the publish_id is kept at once").contains("tiktok.publishId");

		JsonNode init = JSON.readTree(inits().get(0).getBodyAsString());
		assertThat(init.path("post_info").path("title").asText()).startsWith("Kabar TikTok " + marker)
			.endsWith(story.path());
		assertThat(init.path("post_info").path("privacy_level").asText()).isEqualTo("PUBLIC_TO_EVERYONE");
		JsonNode source = init.path("source_info");
		assertThat(source.path("source").asText()).isEqualTo("FILE_UPLOAD");
		assertThat(source.path("video_size").asLong()).isEqualTo(SIZE);
		assertThat(source.path("chunk_size").asLong()).isEqualTo(262_144);
		assertThat(source.path("total_chunk_count").asLong()).as("rounded down; the last chunk takes the rest")
			.isEqualTo(2);

		List<LoggedRequest> chunks = chunks();
		assertThat(chunks).extracting(chunk -> chunk.getHeader("Content-Range")).containsExactly(FIRST, LAST);
		ByteArrayOutputStream sent = new ByteArrayOutputStream();
		for (LoggedRequest chunk : chunks) {
			sent.write(chunk.getBody());
		}
		assertThat(sent.toByteArray()).isEqualTo(TestFiles.mp4Noise(SIZE, seed));
		assertThat(statusFetches()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(PlatformStubs.server().findAll(com.github.tomakehurst.wiremock.client.WireMock
			.postRequestedFor(urlEqualTo(API + "/creator_info/query/"))
			.withHeader("Authorization", equalTo("Bearer " + token)))).as("creator info comes first").hasSize(1);
	}

	@Test
	void aPrivateAccountPostsAtTheFirstLevelOfferedAndLinksItsProfile() throws Exception {
		stubCreator("\"SELF_ONLY\"");
		stubInit(okJson(initAnswer()));
		stubChunks();
		stubStatus(status("PUBLISH_COMPLETE", "\"publicaly_available_post_id\":[]"));
		var story = publish();

		var row = awaitState(jdbc, story.id(), "TIKTOK", "PUBLISHED");
		assertThat(JSON.readTree(inits().get(0).getBodyAsString()).path("post_info").path("privacy_level").asText())
			.isEqualTo("SELF_ONLY");
		assertThat(row.get("external_id")).as("a private post has no public id").isEqualTo(publishId);
		assertThat(row.get("permalink")).isEqualTo("https://www.tiktok.com/@dpkpp_uji");
	}

	@Test
	void aRateLimitedInitIsTriedAgainLater() throws Exception {
		var story = publishAfterARefusedInit(error(429, "rate_limit_exceeded",
				"API rate limit was exceeded, please try again later."));

		assertThat(inits()).as("a refused init created nothing, so it is sent again").hasSize(2);
		assertThat(chunks()).hasSize(2);
		assertThat(outcomes(story.id())).containsExactly("RETRY", "PUBLISHED");
	}

	@Test
	void aServerErrorIsRetried() throws Exception {
		var story = publishAfterARefusedInit(error(500, "internal_error", "Something went wrong. Please try again later."));

		assertThat(inits()).hasSize(2);
		assertThat(outcomes(story.id())).containsExactly("RETRY", "PUBLISHED");
	}

	@Test
	void anInvalidTokenAsksForReconnecting() throws Exception {
		PlatformStubs.server().stubFor(creatorRequest().willReturn(error(401, "access_token_invalid",
				"The access token is invalid or not found in the request.")));
		var story = publish();

		var row = awaitState(jdbc, story.id(), "TIKTOK", "NEEDS_RECONNECT");
		assertThat(row.get("error_key")).isEqualTo("channel.failure.token");
		assertThat(inits()).isEmpty();
	}

	@Test
	void tooManyPostsFailsWithTheLimitExplained() throws Exception {
		stubCreator("\"PUBLIC_TO_EVERYONE\"");
		stubInit(error(403, "spam_risk_too_many_posts", "The daily post cap from the API is reached for the current user."));
		var story = publish();

		var row = awaitState(jdbc, story.id(), "TIKTOK", "FAILED");
		assertThat(row.get("error_key")).isEqualTo("channel.failure.limit");
		assertThat(board(story.id())).contains("Batas kiriman platform").contains("spam_risk_too_many_posts");
	}

	@Test
	void aVideoTikTokCannotProcessFailsWithItsReason() throws Exception {
		stubCreator("\"PUBLIC_TO_EVERYONE\"");
		stubInit(okJson(initAnswer()));
		stubChunks();
		stubStatus(status("PROCESSING_UPLOAD", ""), status("FAILED", "\"fail_reason\":\"file_format_check_failed\""));
		var story = publish();

		var row = awaitState(jdbc, story.id(), "TIKTOK", "FAILED");
		assertThat(row.get("error_key")).isEqualTo("channel.failure.processing");
		assertThat(board(story.id())).contains("gagal memproses media").contains("file_format_check_failed");
	}

	@Test
	void anUnansweredLastChunkIsSettledByTheStatusNeverByAnotherInit() throws Exception {
		stubCreator("\"PUBLIC_TO_EVERYONE\"");
		stubInit(okJson(initAnswer()));
		stubChunk(FIRST, aResponse().withStatus(206));
		stubChunk(LAST, aResponse().withStatus(201).withFixedDelay(8_000));
		stubStatus(status("PUBLISH_COMPLETE", "\"publicaly_available_post_id\":[" + postId + "]"));
		var story = publish();

		var row = awaitState(jdbc, story.id(), "TIKTOK", "PUBLISHED");
		assertThat(row.get("permalink")).isEqualTo("https://www.tiktok.com/@dpkpp_uji/video/" + postId);
		Thread.sleep(3_000);
		assertThat(inits()).as("exactly one init").hasSize(1);
		assertThat(chunks()).extracting(chunk -> chunk.getHeader("Content-Range")).containsExactly(FIRST, LAST);
	}

	@Test
	void anUnansweredInitIsNeverRepeatedAndWaitsForAPerson() throws Exception {
		stubCreator("\"PUBLIC_TO_EVERYONE\"");
		stubInit(okJson(initAnswer()).withFixedDelay(8_000));
		var story = publish();

		var row = awaitState(jdbc, story.id(), "TIKTOK", "NEEDS_CHECK");
		assertThat(row.get("error_key")).isEqualTo("publication.needsCheck");
		Thread.sleep(3_000);
		assertThat(inits()).as("exactly one init").hasSize(1);
		assertThat(chunks()).isEmpty();
	}

	/** Init answers the refusal once, then takes the post. */
	private PublishedStoryFixtures.Story publishAfterARefusedInit(ResponseDefinitionBuilder refusal) throws Exception {
		stubCreator("\"PUBLIC_TO_EVERYONE\"");
		String scenario = "refused-" + marker;
		PlatformStubs.server().stubFor(initRequest().inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
			.willReturn(refusal).willSetStateTo("second"));
		PlatformStubs.server().stubFor(initRequest().inScenario(scenario).whenScenarioStateIs("second")
			.willReturn(okJson(initAnswer())));
		stubChunks();
		stubStatus(status("PUBLISH_COMPLETE", "\"publicaly_available_post_id\":[" + postId + "]"));
		var story = publish();
		awaitState(jdbc, story.id(), "TIKTOK", "PUBLISHED");
		return story;
	}

	private List<String> outcomes(long storyId) {
		return jdbc.queryForList("""
				SELECT outcome FROM publication_attempt a JOIN publication p ON p.id = a.publication_id
				WHERE p.story_id = ? AND p.channel = 'TIKTOK' ORDER BY number""", String.class, storyId);
	}

	private PublishedStoryFixtures.Story publish() throws Exception {
		long video = media.store(new ByteArrayInputStream(TestFiles.mp4Noise(SIZE, seed)), marker + ".mp4", 1L, null)
			.id();
		return stories.publishedTo("Video " + marker, Map.of(Channel.TIKTOK, "Kabar TikTok " + marker), List.of(video));
	}

	private MappingBuilder creatorRequest() {
		return post(urlEqualTo(API + "/creator_info/query/")).withHeader("Authorization", equalTo("Bearer " + token));
	}

	private void stubCreator(String levels) {
		PlatformStubs.server().stubFor(creatorRequest().willReturn(okJson("{\"data\":{\"creator_avatar_url\":"
				+ "\"https://p16.tiktokcdn.example/a.jpeg\",\"creator_username\":\"dpkpp_uji\",\"creator_nickname\":"
				+ "\"Dinas Uji\",\"privacy_level_options\":[" + levels + "],\"comment_disabled\":false,"
				+ "\"duet_disabled\":false,\"stitch_disabled\":true,\"max_video_post_duration_sec\":600},"
				+ "\"error\":{\"code\":\"ok\",\"message\":\"\",\"log_id\":\"202412010000000000\"}}")));
	}

	private MappingBuilder initRequest() {
		return post(urlEqualTo(API + "/video/init/")).withHeader("Authorization", equalTo("Bearer " + token))
			.withHeader("Content-Type", containing("application/json"))
			.withRequestBody(containing(marker));
	}

	private void stubInit(ResponseDefinitionBuilder answer) {
		PlatformStubs.server().stubFor(initRequest().willReturn(answer));
	}

	private String uploadPath() {
		return "/tiktok-upload/video/?upload_id=" + marker + "&upload_token=tok-" + marker;
	}

	private String initAnswer() {
		return "{\"data\":{\"publish_id\":\"" + publishId + "\",\"upload_url\":\"" + PlatformStubs.base() + uploadPath()
				+ "\"},\"error\":{\"code\":\"ok\",\"message\":\"\",\"log_id\":\"202412010000000001\"}}";
	}

	private void stubChunk(String range, ResponseDefinitionBuilder answer) {
		PlatformStubs.server().stubFor(put(urlEqualTo(uploadPath())).withHeader("Content-Range", equalTo(range))
			.willReturn(answer));
	}

	private void stubChunks() {
		stubChunk(FIRST, aResponse().withStatus(206));
		stubChunk(LAST, aResponse().withStatus(201));
	}

	/** The status fetch answers in turn; the last one stays. */
	private void stubStatus(String... answers) {
		String scenario = "status-" + marker;
		for (int i = 0; i < answers.length; i++) {
			var stub = post(urlEqualTo(API + "/status/fetch/")).withHeader("Authorization", equalTo("Bearer " + token))
				.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock
					.equalToJson("{\"publish_id\":\"" + publishId + "\"}"))
				.inScenario(scenario)
				.whenScenarioStateIs(i == 0 ? Scenario.STARTED : "poll-" + i)
				.willReturn(okJson(answers[i]));
			PlatformStubs.server().stubFor(i < answers.length - 1 ? stub.willSetStateTo("poll-" + (i + 1)) : stub);
		}
	}

	private static String status(String status, String more) {
		return "{\"data\":{\"status\":\"" + status + "\"" + (more.isEmpty() ? "" : "," + more)
				+ "},\"error\":{\"code\":\"ok\",\"message\":\"\",\"log_id\":\"202412010000000002\"}}";
	}

	static ResponseDefinitionBuilder error(int status, String code, String message) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
			.withBody("{\"data\":{},\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message
					+ "\",\"log_id\":\"202412010000000003\"}}");
	}

	private List<LoggedRequest> inits() {
		return received(API + "/video/init/", marker);
	}

	private List<LoggedRequest> chunks() {
		return received("/tiktok-upload/video/.*", marker);
	}

	private List<LoggedRequest> statusFetches() {
		return received(API + "/status/fetch/", publishId);
	}

	private String board(long storyId) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get("/redaksi/berita/{id}/kanal", storyId)
			.with(staff.demo(Role.CONTENT_ADMIN))).andReturn().getResponse().getContentAsString();
	}
}
