package id.warta.channels.internal.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static id.warta.channels.ChannelTestSupport.awaitState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.warta.channels.ChannelTestSupport;
import id.warta.channels.internal.ChannelAccountService;
import id.warta.channels.internal.ChannelAuthorization;
import id.warta.newsroom.Channel;
import id.warta.newsroom.PublishedStoryFixtures;
import id.warta.organization.Role;
import id.warta.support.PlatformStubs;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Connecting an X account through OAuth 2.0 with PKCE, and refreshing its two-hour token with rotation. */
@WartaTest
class XConnectingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ChannelAccountService accounts;

	String marker;

	@BeforeEach
	void quiet() {
		ChannelTestSupport.quietQueue(jdbc);
		marker = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void connectingGoesThroughTheConsentPageWithStateAndPkce() throws Exception {
		String location = mvc.perform(MockMvcRequestBuilders.post("/kanal/x/hubungkan")
			.with(staff.demo(Role.CONTENT_ADMIN)).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith(PlatformStubs.base() + "/x/authorize?");
		Map<String, String> consent = query(location.substring(location.indexOf('?') + 1));
		assertThat(consent).containsEntry("response_type", "code")
			.containsEntry("client_id", "test-x-client")
			.containsEntry("scope", "tweet.read tweet.write users.read media.write offline.access")
			.containsEntry("code_challenge_method", "S256")
			.containsKeys("state", "code_challenge");
		assertThat(consent.get("redirect_uri")).endsWith("/kanal/x/kembali");
		String code = "kode-" + marker;
		String access = "x-akses-" + marker;
		PlatformStubs.server().stubFor(post(urlEqualTo("/x/token"))
			.withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
			.withFormParam("grant_type", equalTo("authorization_code"))
			.withFormParam("code", equalTo(code))
			.willReturn(okJson("{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"" + access
					+ "\",\"scope\":\"tweet.read tweet.write users.read media.write offline.access\","
					+ "\"refresh_token\":\"x-segar-" + marker + "\"}")));
		PlatformStubs.server().stubFor(get(urlEqualTo("/x/2/users/me")).withHeader("Authorization",
				equalTo("Bearer " + access))
			.willReturn(okJson("{\"data\":{\"id\":\"2244994945\",\"name\":\"Dinas Uji " + marker
					+ "\",\"username\":\"dpkpp_" + marker + "\"}}")));

		var back = mvc.perform(MockMvcRequestBuilders.get("/kanal/x/kembali").param("state", consent.get("state"))
			.param("code", code).with(staff.demo(Role.CONTENT_ADMIN))).andReturn();
		assertThat(back.getFlashMap().get("success")).as("what the X stub served: %s", served())
			.isEqualTo("channel.connected");

		LoggedRequest exchange = PlatformStubs.server().findAll(postRequestedFor(urlEqualTo("/x/token"))
			.withRequestBody(containing(code))).get(0);
		Map<String, String> form = query(exchange.getBodyAsString());
		assertThat(challenge(form.get("code_verifier"))).as("the verifier answers the challenge")
			.isEqualTo(consent.get("code_challenge"));
		assertThat(form).containsEntry("redirect_uri", consent.get("redirect_uri"))
			.containsEntry("client_id", "test-x-client");
		assertThat(exchange.getHeader("Authorization")).isEqualTo("Basic "
				+ Base64.getEncoder().encodeToString("test-x-client:test-x-secret".getBytes(StandardCharsets.UTF_8)));
		var account = jdbc.queryForMap("SELECT * FROM channel_account WHERE channel = 'X'");
		assertThat(account.get("name")).isEqualTo("Dinas Uji " + marker);
		assertThat(account.get("account_ref")).isEqualTo("2244994945");
		assertThat(account.get("handle")).isEqualTo("dpkpp_" + marker);
		assertThat((String) account.get("access_token")).startsWith("v1:").doesNotContain(access);

		var replay = mvc.perform(MockMvcRequestBuilders.get("/kanal/x/kembali").param("state", consent.get("state"))
			.param("code", code).with(staff.demo(Role.CONTENT_ADMIN))).andReturn();
		assertThat(replay.getFlashMap().get("error")).as("a state is used once").isEqualTo("channel.connect.badState");
	}

	@Test
	void aTokenAboutToExpireIsRefreshedBeforeAPostAndTheNewestRefreshTokenKept() throws Exception {
		String first = "x-segar-0-" + marker;
		String second = "x-segar-1-" + marker;
		accounts.connect(Channel.X, new ChannelAuthorization.Grant("Dinas Uji", "1440000000000000000", "dpkpp_uji",
				"x-lama-" + marker, first, 120L, null), "uji");
		String storedBefore = refreshColumn();
		// X rotates refresh tokens: the first refresh gives a token that again expires soon, so the second post
		// must refresh with the newest refresh token or fail.
		refreshes(first, "x-akses-1-" + marker, second, 120);
		refreshes(second, "x-akses-2-" + marker, "x-segar-2-" + marker, 7_200);
		String oneId = Long.toString(1_900_000_000_000_000_000L + System.nanoTime() % 1_000_000_000L);
		String twoId = Long.toString(Long.parseLong(oneId) + 1);
		tweetsWith("x-akses-1-" + marker, oneId);
		tweetsWith("x-akses-2-" + marker, twoId);
		var stories = new PublishedStoryFixtures(mvc, staff, jdbc);

		var one = stories.publishedTextTo("Satu " + marker, Map.of(Channel.X, "Kabar satu " + marker));
		assertThat(awaitState(jdbc, one.id(), "X", "PUBLISHED").get("external_id")).isEqualTo(oneId);
		String storedAfter = refreshColumn();
		assertThat(storedAfter).as("the rotated refresh token is stored").isNotEqualTo(storedBefore);

		var two = stories.publishedTextTo("Dua " + marker, Map.of(Channel.X, "Kabar dua " + marker));
		assertThat(awaitState(jdbc, two.id(), "X", "PUBLISHED").get("external_id")).isEqualTo(twoId);
		List<LoggedRequest> refreshed = PlatformStubs.server().findAll(postRequestedFor(urlEqualTo("/x/token"))
			.withRequestBody(containing(marker)));
		assertThat(refreshed).hasSize(2);
		assertThat(query(refreshed.get(1).getBodyAsString())).containsEntry("grant_type", "refresh_token")
			.containsEntry("refresh_token", second)
			.containsEntry("client_id", "test-x-client");
		assertThat(refreshColumn()).isNotEqualTo(storedAfter);
		assertThat(jdbc.queryForObject("SELECT expires_at FROM channel_account WHERE channel = 'X'",
				OffsetDateTime.class).toInstant()).isAfter(Instant.now().plus(Duration.ofMinutes(100)));
	}

	private void refreshes(String refreshToken, String access, String next, int expiresIn) {
		PlatformStubs.server().stubFor(post(urlEqualTo("/x/token"))
			.withFormParam("grant_type", equalTo("refresh_token"))
			.withFormParam("refresh_token", equalTo(refreshToken))
			.willReturn(okJson("{\"token_type\":\"bearer\",\"expires_in\":" + expiresIn + ",\"access_token\":\""
					+ access + "\",\"scope\":\"tweet.read tweet.write users.read media.write offline.access\","
					+ "\"refresh_token\":\"" + next + "\"}")));
	}

	private void tweetsWith(String access, String id) {
		PlatformStubs.server().stubFor(post(urlEqualTo("/x/2/tweets")).withHeader("Authorization",
				equalTo("Bearer " + access))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
				.withBody("{\"data\":{\"id\":\"" + id + "\",\"text\":\"…\"}}")));
	}

	/** The stub's X requests with status and timing, to tell a refusal from a slow answer when this fails. */
	private static List<String> served() {
		return PlatformStubs.server().getAllServeEvents().stream()
			.filter(event -> event.getRequest().getUrl().startsWith("/x/"))
			.map(event -> event.getRequest().getMethod() + " " + event.getRequest().getUrl() + " -> "
					+ event.getResponse().getStatus() + " in " + event.getTiming().getTotalTime() + " ms")
			.toList();
	}

	private String refreshColumn() {
		return jdbc.queryForObject("SELECT refresh_token FROM channel_account WHERE channel = 'X'", String.class);
	}

	private static Map<String, String> query(String encoded) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String pair : encoded.split("&")) {
			int equals = pair.indexOf('=');
			values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
		}
		return values;
	}

	private static String challenge(String verifier) throws Exception {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(
				MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
	}
}
