package id.warta.channels.internal.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static id.warta.channels.ChannelTestSupport.awaitState;
import static id.warta.channels.internal.meta.GraphStubs.graphError;
import static id.warta.channels.internal.meta.GraphStubs.idJson;
import static id.warta.channels.internal.meta.GraphStubs.param;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Instagram and Threads share, tested against stubs of the Graph API that follow channels/API-CONTRACTS.md
 * §2 and §7: containers made from signed addresses, polled until finished, the publishing limit read before
 * publishing, refusals explained, and a publish call without answer settled by the container's status. Each
 * platform's class says how its calls are named and adds what is its own.
 */
public abstract class ContainerChannelTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected Staff staff;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected MediaLibrary media;

	@Autowired
	protected ChannelAccountService accounts;

	@Value("${warta.site.base-url}")
	protected String siteBase;

	protected PublishedStoryFixtures stories;
	/** This test's account on the platform, its token, and a text no other test uses. */
	protected String user;
	protected String token;
	protected String marker;
	private long nextId;

	/** The platform: its channel, prefix on the stub server, and names of its edges and fields. */
	protected abstract ContainerDialect dialect();

	/** The address the platform gives a post. */
	protected abstract String permalinkOf(String id);

	/** The platform's simplest post of a story: Instagram's single picture, Threads' text. */
	protected abstract PublishedStoryFixtures.Story publishSimple() throws Exception;

	/** Checks the container request of {@link #publishSimple()}'s story. */
	protected abstract void checkSimpleContainer(LoggedRequest create, PublishedStoryFixtures.Story story);

	@BeforeEach
	void connectAnAccount() {
		ChannelTestSupport.quietQueue(jdbc);
		stories = new PublishedStoryFixtures(mvc, staff, jdbc);
		long seed = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
		user = "1784" + seed;
		nextId = seed * 100;
		token = "EAA" + UUID.randomUUID().toString().replace("-", "");
		marker = "uji-" + UUID.randomUUID().toString().substring(0, 8);
		connect(token, 5_183_944L);
	}

	protected void connect(String accessToken, long expiresIn) {
		accounts.connect(dialect().channel(), new ChannelAuthorization.Grant("@dinas_uji", user, "dinas_uji",
				accessToken, null, expiresIn, null), "admin.konten");
	}

	@Test
	void theSimplestPostCarriesTheStoryAddressAndGetsItsPermalink() throws Exception {
		String container = stubReadyContainer();
		String posted = stubPublishingGoesWell(1, 50);
		var story = publishSimple();

		var row = awaitState(jdbc, story.id(), channel().name(), "PUBLISHED");
		assertThat(row.get("external_id")).isEqualTo(posted);
		assertThat(row.get("permalink")).isEqualTo(permalinkOf(posted));
		LoggedRequest create = single("POST", user + "/" + dialect().containerEdge());
		assertThat(param(create, dialect().textParameter())).isEqualTo(sentText(story));
		assertThat(param(create, "access_token")).isEqualTo(token);
		checkSimpleContainer(create, story);
		LoggedRequest publish = single("POST", user + "/" + dialect().publishEdge());
		assertThat(param(publish, "creation_id")).isEqualTo(container);
		assertThat(single("GET", user + "/" + dialect().quotaEdge()).getLoggedDate())
			.as("the limit is read before publishing").isBefore(publish.getLoggedDate());
		assertThat(param(single("GET", posted), "fields")).isEqualTo(dialect().permalinkFields());
		assertThat(progress(story.id())).contains(dialect().key("container") + "=" + container);
	}

	@Test
	void severalPicturesGoAsOneCarouselOfFinishedItems() throws Exception {
		long second = media.store(new ByteArrayInputStream(TestFiles.jpeg(50, 40, Color.GREEN)), "kedua.jpg", 1L, null)
			.id();
		await().atMost(Duration.ofSeconds(30)).until(() -> !media.renditions(second).isEmpty());
		String first = id();
		String next = id();
		String carousel = id();
		stubCreate(first, next, carousel);
		stubStatus(first, "IN_PROGRESS", "FINISHED");
		stubStatus(next, "FINISHED");
		stubStatus(carousel, "FINISHED");
		String posted = stubPublishingGoesWell(3, 50);
		var story = stories.publishedTo("Galeri " + marker, Map.of(channel(), "Foto kegiatan " + marker),
				List.of(second));

		var row = awaitState(jdbc, story.id(), channel().name(), "PUBLISHED");
		assertThat(row.get("permalink")).isEqualTo(permalinkOf(posted));
		List<LoggedRequest> creates = requests("POST", user + "/" + dialect().containerEdge());
		assertThat(creates).hasSize(3);
		for (LoggedRequest item : creates.subList(0, 2)) {
			assertThat(param(item, "is_carousel_item")).isEqualTo("true");
			assertThat(param(item, "image_url")).contains("/berkas/tautan/");
			assertThat(param(item, dialect().textParameter())).isNull();
			assertThat(param(item, "media_type")).isEqualTo(dialect().imageType());
		}
		assertThat(param(creates.get(2), "media_type")).isEqualTo("CAROUSEL");
		assertThat(param(creates.get(2), "children")).isEqualTo(first + "," + next);
		assertThat(param(creates.get(2), dialect().textParameter())).contains(marker).contains(story.path());
		assertThat(requests("GET", first)).as("each item is waited for").hasSize(2);
		assertThat(param(single("POST", user + "/" + dialect().publishEdge()), "creation_id")).isEqualTo(carousel);
	}

	@Test
	void aVideoIsPolledUntilProcessedThenPublished() throws Exception {
		long video = media.store(new ByteArrayInputStream(TestFiles.mp4Noise(64 * 1024, 7)), "rapat.mp4", 1L, null)
			.id();
		String container = id();
		stubCreate(container);
		stubStatus(container, "IN_PROGRESS", "IN_PROGRESS", "FINISHED");
		String posted = stubPublishingGoesWell(0, 50);
		var story = stories.publishedTo("Video " + marker, Map.of(channel(), "Rekaman rapat " + marker),
				List.of(video), false);

		var row = awaitState(jdbc, story.id(), channel().name(), "PUBLISHED");
		assertThat(row.get("external_id")).isEqualTo(posted);
		assertThat(row.get("permalink")).isEqualTo(permalinkOf(posted));
		LoggedRequest create = single("POST", user + "/" + dialect().containerEdge());
		assertThat(param(create, "media_type")).isEqualTo(dialect().videoType());
		assertThat(param(create, "video_url")).contains("/berkas/tautan/");
		assertThat(param(create, "access_token")).isEqualTo(token);
		List<LoggedRequest> polls = requests("GET", container);
		assertThat(polls).hasSize(3);
		assertThat(param(polls.get(0), "fields")).contains(dialect().statusField());
		assertThat(Duration.between(polls.get(0).getLoggedDate().toInstant(), polls.get(2).getLoggedDate().toInstant()))
			.as("polls wait the configured interval").isGreaterThanOrEqualTo(Duration.ofMillis(200));
		assertThat(progress(story.id())).contains(container).contains(posted);
	}

	@Test
	void throttlingWaitsAsToldThenSucceeds() throws Exception {
		String container = id();
		stubSequence("POST", user + "/" + dialect().containerEdge(),
				graphError(429, 4, 0, "(#4) Application request limit reached").withHeader("Retry-After", "1"),
				okJson(idJson(container)));
		stubStatus(container, "FINISHED");
		String posted = stubPublishingGoesWell(0, 50);
		var story = publishSimple();

		awaitState(jdbc, story.id(), channel().name(), "PUBLISHED");
		List<LoggedRequest> creates = requests("POST", user + "/" + dialect().containerEdge());
		assertThat(creates).hasSize(2);
		assertThat(Duration.between(creates.get(0).getLoggedDate().toInstant(),
				creates.get(1).getLoggedDate().toInstant())).as("Retry-After is honoured")
			.isGreaterThanOrEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void aServerErrorOnPublishingIsRetriedWithTheSameContainer() throws Exception {
		String container = stubReadyContainer();
		stubQuota(0, 50);
		String posted = id();
		stubPublish(graphError(500, 2, 0, "An unexpected error has occurred. Please retry your request later."),
				okJson(idJson(posted)));
		stubPermalink(posted);
		var story = publishSimple();

		assertThat(awaitState(jdbc, story.id(), channel().name(), "PUBLISHED").get("permalink"))
			.isEqualTo(permalinkOf(posted));
		assertThat(requests("POST", user + "/" + dialect().containerEdge())).as("the kept container is reused")
			.hasSize(1);
		List<LoggedRequest> publishes = requests("POST", user + "/" + dialect().publishEdge());
		assertThat(publishes).hasSize(2);
		assertThat(publishes).allSatisfy(call -> assertThat(param(call, "creation_id")).isEqualTo(container));
		assertThat(jdbc.queryForList("""
				SELECT outcome FROM publication_attempt a JOIN publication p ON p.id = a.publication_id
				WHERE p.story_id = ? ORDER BY number""", String.class, story.id())).containsExactly("RETRY", "PUBLISHED");
	}

	@Test
	void anExpiredTokenAsksForReconnecting() throws Exception {
		stubSequence("POST", user + "/" + dialect().containerEdge(), graphError(400, 190, 463,
				"Error validating access token: Session has expired on Tuesday, 04-Jun-24 01:00:00 PDT."));
		var story = publishSimple();

		var row = awaitState(jdbc, story.id(), channel().name(), "NEEDS_RECONNECT");
		assertThat(row.get("error_key")).isEqualTo("channel.failure.token");
		assertThat((String) row.get("error_detail")).contains("190/463").contains("Session has expired");
		assertThat(jdbc.queryForObject("SELECT needs_reconnect FROM channel_account WHERE channel = ?", Boolean.class,
				channel().name())).isTrue();
		assertThat(requests("POST", user + "/" + dialect().publishEdge())).isEmpty();
	}

	@Test
	void duplicateContentFailsWithTheReasonExplained() throws Exception {
		String container = stubReadyContainer();
		stubQuota(0, 50);
		stubPublish(graphError(400, 506, 0, "Duplicate status message"));
		var story = publishSimple();

		var row = awaitState(jdbc, story.id(), channel().name(), "FAILED");
		assertThat(row.get("error_key")).isEqualTo("channel.failure.duplicate");
		assertThat(row.get("public_step_sent")).as("a refusal means nothing went public").isEqualTo(false);
		assertThat(board(story.id())).contains("isi yang sama sudah pernah dikirim").contains("Duplicate status message");
		assertThat(requests("POST", user + "/" + dialect().publishEdge())).hasSize(1);
	}

	@Test
	void aContainerThatFailsProcessingIsNeverPublished() throws Exception {
		String container = id();
		stubCreate(container);
		stubStatusAnswer(container, okJson("{\"" + dialect().statusField() + "\":\"ERROR\",\"" + dialect().statusDetail()
				+ "\":\"Media download has failed. The media URI doesn't meet our requirements.\",\"id\":\"" + container
				+ "\"}"));
		var story = publishSimple();

		var row = awaitState(jdbc, story.id(), channel().name(), "FAILED");
		assertThat(row.get("error_key")).isEqualTo("channel.failure.processing");
		assertThat(board(story.id())).contains("gagal memproses media").contains("Media download has failed");
		assertThat(requests("POST", user + "/" + dialect().publishEdge())).isEmpty();
	}

	@Test
	void aPublishCallWithoutAnswerIsSettledByTheContainerNeverSentTwice() throws Exception {
		String container = id();
		stubCreate(container);
		stubStatus(container, "FINISHED", "PUBLISHED");
		stubQuota(0, 50);
		String posted = id();
		stubPublish(okJson(idJson(posted)).withFixedDelay(8_000));
		var story = publishSimple();
		String sent = sentText(story);
		stubRecent("{\"data\":[{\"id\":\"" + id() + "\",\"permalink\":\"" + permalinkOf("lain") + "\",\""
				+ dialect().textParameter() + "\":\"Kiriman lain\"},{\"id\":\"" + posted + "\",\"permalink\":\""
				+ permalinkOf(posted) + "\",\"" + dialect().textParameter() + "\":" + JSON.writeValueAsString(sent)
				+ "}]}");

		var row = awaitState(jdbc, story.id(), channel().name(), "PUBLISHED");
		assertThat(row.get("external_id")).isEqualTo(posted);
		assertThat(row.get("permalink")).isEqualTo(permalinkOf(posted));
		Thread.sleep(2_500);
		assertThat(requests("POST", user + "/" + dialect().containerEdge())).as("exactly one container").hasSize(1);
		assertThat(requests("POST", user + "/" + dialect().publishEdge())).as("exactly one publish call").hasSize(1);
		assertThat(jdbc.queryForList("""
				SELECT detail FROM publication_attempt a JOIN publication p ON p.id = a.publication_id
				WHERE p.story_id = ? ORDER BY number""", String.class, story.id())).containsExactly("reconciled");
	}

	@Test
	void aReachedPublishingLimitWaitsHoursWithoutPublishing() throws Exception {
		String container = stubReadyContainer();
		stubQuota(25, 25);
		var story = publishSimple();

		await().atMost(Duration.ofSeconds(30)).until(() -> "channel.failure.limit".equals(jdbc.queryForObject(
				"SELECT error_key FROM publication WHERE story_id = ?", String.class, story.id())));
		var row = jdbc.queryForMap("SELECT * FROM publication WHERE story_id = ?", story.id());
		assertThat(row.get("state")).isEqualTo("QUEUED");
		assertThat((String) row.get("error_detail")).contains("25 of 25");
		Instant next = ((OffsetDateTime) jdbc.queryForObject("SELECT next_attempt_at FROM publication WHERE story_id = ?",
				OffsetDateTime.class, story.id())).toInstant();
		assertThat(next).as("tried again in a few hours, when the rolling window has room")
			.isAfter(Instant.now().plus(Duration.ofHours(2)));
		assertThat(requests("POST", user + "/" + dialect().publishEdge())).isEmpty();
		assertThat(param(single("GET", user + "/" + dialect().quotaEdge()), "fields")).isEqualTo("quota_usage,config");
	}

	// Stubs and what they received.

	protected Channel channel() {
		return dialect().channel();
	}

	/** A fresh platform id, unique to this test. */
	protected String id() {
		return String.valueOf(++nextId);
	}

	/** The approved text of {@link #publishSimple()}'s story. */
	protected String simpleText() {
		return "Kabar dinas " + marker;
	}

	/** What the platform receives as the text of {@link #publishSimple()}'s story: the text, then its address. */
	protected String sentText(PublishedStoryFixtures.Story story) {
		return simpleText() + "\n\n" + siteBase.replaceAll("/$", "") + story.path();
	}

	protected String path(String tail) {
		return "/" + channel().name().toLowerCase(java.util.Locale.ROOT) + "/v\\d+\\.\\d+/" + tail;
	}

	/** Publishing goes well once the containers are ready: the limit has room, the post is made and has its address. */
	protected String stubPublishingGoesWell(int usage, int total) {
		stubQuota(usage, total);
		String posted = id();
		stubPublish(okJson(idJson(posted)));
		stubPermalink(posted);
		return posted;
	}

	/** One container, made and at once finished. */
	protected String stubReadyContainer() {
		String container = id();
		stubCreate(container);
		stubStatus(container, "FINISHED");
		return container;
	}

	protected void stubCreate(String... containers) {
		ResponseDefinitionBuilder[] answers = new ResponseDefinitionBuilder[containers.length];
		for (int i = 0; i < containers.length; i++) {
			answers[i] = okJson(idJson(containers[i]));
		}
		stubSequence("POST", user + "/" + dialect().containerEdge(), answers);
	}

	protected void stubStatus(String container, String... codes) {
		ResponseDefinitionBuilder[] answers = new ResponseDefinitionBuilder[codes.length];
		for (int i = 0; i < codes.length; i++) {
			answers[i] = okJson("{\"" + dialect().statusField() + "\":\"" + codes[i] + "\",\"id\":\"" + container + "\"}");
		}
		stubSequence("GET", container, answers);
	}

	protected void stubStatusAnswer(String container, ResponseDefinitionBuilder answer) {
		stubSequence("GET", container, answer);
	}

	protected void stubQuota(int usage, int total) {
		stubSequence("GET", user + "/" + dialect().quotaEdge(), okJson("{\"data\":[{\"quota_usage\":" + usage
				+ ",\"config\":{\"quota_total\":" + total + ",\"quota_duration\":86400}}]}"));
	}

	protected void stubPublish(ResponseDefinitionBuilder... answers) {
		stubSequence("POST", user + "/" + dialect().publishEdge(), answers);
	}

	protected void stubPermalink(String posted) {
		stubSequence("GET", posted, okJson("{\"permalink\":\"" + permalinkOf(posted) + "\",\"id\":\"" + posted + "\"}"));
	}

	protected void stubRecent(String listing) {
		stubSequence("GET", user + "/" + dialect().containerEdge(), okJson(listing));
	}

	/** Answers calls to a path in turn; the last answer stays. Parameters may come in any of Meta's three ways. */
	protected void stubSequence(String method, String tail, ResponseDefinitionBuilder... answers) {
		String scenario = marker + " " + method + " " + tail;
		for (int i = 0; i < answers.length; i++) {
			ScenarioMappingBuilder mapping = WireMock.request(method, urlPathMatching(path(tail)))
				.inScenario(scenario)
				.whenScenarioStateIs(i == 0 ? Scenario.STARTED : "call " + i)
				.willReturn(answers[i]);
			if (i + 1 < answers.length) {
				mapping = mapping.willSetStateTo("call " + (i + 1));
			}
			PlatformStubs.server().stubFor(mapping);
		}
	}

	/** Requests of this method at this path (after the API version), in the order received. */
	protected List<LoggedRequest> requests(String method, String tail) {
		return PlatformStubs.server()
			.findAll(anyRequestedFor(urlPathMatching(path(tail))))
			.stream()
			.filter(request -> request.getMethod().getName().equals(method))
			.sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate))
			.toList();
	}

	protected LoggedRequest single(String method, String tail) {
		List<LoggedRequest> found = requests(method, tail);
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	protected String progress(long storyId) {
		return jdbc.queryForObject("SELECT progress FROM publication WHERE story_id = ? AND channel = ?", String.class,
				storyId, channel().name());
	}

	protected String board(long storyId) throws Exception {
		return mvc.perform(get("/redaksi/berita/{id}/kanal", storyId).with(staff.demo(Role.CONTENT_ADMIN)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
