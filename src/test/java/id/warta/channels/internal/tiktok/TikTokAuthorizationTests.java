package id.warta.channels.internal.tiktok;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import id.warta.channels.ChannelCredentials;
import id.warta.channels.FormFields;
import id.warta.channels.internal.ChannelAccountService;
import id.warta.channels.internal.ChannelAuthorization;
import id.warta.newsroom.Channel;
import id.warta.organization.Role;
import id.warta.support.PlatformStubs;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Connecting the agency's TikTok account through Login Kit (stubbed) with {@code state} and PKCE, and refreshing
 * with rotating refresh tokens: each refresh answers a new one, and only the newest is ever sent back.
 */
@WartaTest
class TikTokAuthorizationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ChannelAccountService accounts;

	@Autowired
	Clock clock;

	@Test
	void connectingCarriesStateAndAChallengeAndTradesTheCodeWithItsVerifier() throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String code = "code-" + unique;
		String location = mvc.perform(MockMvcRequestBuilders.post("/kanal/tiktok/hubungkan")
			.with(staff.demo(Role.CONTENT_ADMIN)).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith(PlatformStubs.base() + "/tiktok/authorize?");
		Map<String, String> query = FormFields.of(location);
		assertThat(query).containsEntry("client_key", "test-tiktok-client")
			.containsEntry("response_type", "code")
			.containsEntry("code_challenge_method", "S256")
			.containsKeys("state", "code_challenge", "scope");
		assertThat(query.get("redirect_uri")).endsWith("/kanal/tiktok/kembali");

		PlatformStubs.server().stubFor(post(urlEqualTo("/tiktok/token")).withRequestBody(containing("code=" + code))
			.willReturn(okJson("{\"access_token\":\"act." + unique + "\",\"expires_in\":86400,\"open_id\":\"open-"
					+ unique + "\",\"refresh_expires_in\":31536000,\"refresh_token\":\"rft.first-" + unique
					+ "\",\"scope\":\"user.info.basic,video.publish,video.upload\",\"token_type\":\"Bearer\"}")));
		PlatformStubs.server().stubFor(post(urlEqualTo("/tiktok/v2/post/publish/creator_info/query/"))
			.withHeader("Authorization", equalTo("Bearer act." + unique))
			.willReturn(okJson("{\"data\":{\"creator_avatar_url\":\"https://p16.tiktokcdn.example/a.jpeg\","
					+ "\"creator_username\":\"dinas_" + unique + "\",\"creator_nickname\":\"Dinas Uji\","
					+ "\"privacy_level_options\":[\"PUBLIC_TO_EVERYONE\"],\"comment_disabled\":false,"
					+ "\"duet_disabled\":false,\"stitch_disabled\":false,\"max_video_post_duration_sec\":600},"
					+ "\"error\":{\"code\":\"ok\",\"message\":\"\",\"log_id\":\"1\"}}")));

		mvc.perform(MockMvcRequestBuilders.get("/kanal/tiktok/kembali").param("state", "palsu-" + unique)
			.param("code", code).with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(flash().attribute("error", "channel.connect.badState"));
		mvc.perform(MockMvcRequestBuilders.get("/kanal/tiktok/kembali").param("state", query.get("state"))
			.param("code", code).with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(flash().attribute("success", "channel.connected"));

		var exchanged = PlatformStubs.server().findAll(postRequestedFor(urlEqualTo("/tiktok/token"))
			.withRequestBody(containing(code)));
		assertThat(exchanged).hasSize(1);
		Map<String, String> form = FormFields.of(exchanged.get(0));
		assertThat(form).containsEntry("client_key", "test-tiktok-client")
			.containsEntry("client_secret", "test-tiktok-secret")
			.containsEntry("code", code)
			.containsEntry("grant_type", "authorization_code")
			.containsEntry("redirect_uri", query.get("redirect_uri"));
		String verifier = form.get("code_verifier");
		assertThat(verifier).isNotBlank();
		assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
			.digest(verifier.getBytes(StandardCharsets.US_ASCII)))).as("S256 of the verifier is the challenge")
			.isEqualTo(query.get("code_challenge"));

		var account = jdbc.queryForMap("SELECT * FROM channel_account WHERE channel = 'TIKTOK'");
		assertThat(account.get("name")).isEqualTo("Dinas Uji");
		assertThat(account.get("account_ref")).isEqualTo("open-" + unique);
		assertThat(account.get("handle")).isEqualTo("dinas_" + unique);
		assertThat(instant(account.get("refresh_expires_at"))).as("refresh_expires_in is kept")
			.isAfter(clock.instant().plus(Duration.ofDays(300)));
	}

	@Test
	void eachRefreshStoresTheNewestRefreshToken() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		accounts.connect(Channel.TIKTOK, new ChannelAuthorization.Grant("Dinas Uji", "open-" + unique, "dpkpp_uji",
				"act.old-" + unique, "rft.one-" + unique, 60L, 31536000L), Staff.demoUsername(Role.CONTENT_ADMIN));
		stubRefresh("rft.one-" + unique, "act.two-" + unique, "rft.two-" + unique);
		stubRefresh("rft.two-" + unique, "act.three-" + unique, "rft.three-" + unique);

		awaitAccessToken("act.two-" + unique);
		jdbc.update("UPDATE channel_account SET expires_at = ? WHERE channel = 'TIKTOK'",
				Timestamp.from(clock.instant().plusSeconds(60)));
		awaitAccessToken("act.three-" + unique);

		var refreshes = PlatformStubs.server().findAll(postRequestedFor(urlEqualTo("/tiktok/token"))
			.withRequestBody(containing("grant_type=refresh_token")).withRequestBody(containing(unique)));
		assertThat(refreshes.stream().map(request -> FormFields.of(request).get("refresh_token")).distinct())
			.as("the second refresh sends the token the first one returned")
			.containsExactly("rft.one-" + unique, "rft.two-" + unique);
		assertThat(FormFields.of(refreshes.get(0))).containsEntry("client_key", "test-tiktok-client")
			.containsEntry("client_secret", "test-tiktok-secret");
	}

	/** A refresh that gets no answer is tried again on the next use; a machine busy with other builds may be slow. */
	private void awaitAccessToken(String expected) {
		await().atMost(Duration.ofSeconds(20)).until(() -> accounts.credentials(Channel.TIKTOK)
			.map(ChannelCredentials::accessToken).orElse("").equals(expected));
	}

	private static void stubRefresh(String refreshToken, String accessToken, String nextRefreshToken) {
		PlatformStubs.server().stubFor(post(urlEqualTo("/tiktok/token"))
			.withRequestBody(containing("grant_type=refresh_token"))
			.withRequestBody(containing("refresh_token=" + refreshToken))
			.willReturn(okJson("{\"access_token\":\"" + accessToken + "\",\"expires_in\":86400,\"open_id\":\"open\","
					+ "\"refresh_expires_in\":31535000,\"refresh_token\":\"" + nextRefreshToken + "\","
					+ "\"scope\":\"user.info.basic,video.publish,video.upload\",\"token_type\":\"Bearer\"}")));
	}

	private static Instant instant(Object value) {
		return value instanceof Timestamp timestamp ? timestamp.toInstant()
				: ((java.time.OffsetDateTime) value).toInstant();
	}
}
