package id.warta.channels.internal.youtube;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
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

/** Connecting the agency's YouTube channel through Google's OAuth (stubbed), and refreshing its hourly token. */
@WartaTest
class YouTubeAuthorizationTests {

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
	void connectingGoesThroughGooglesConsentWithOneTimeStateAndOfflineAccess() throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String code = "4/0A-" + unique;
		String location = mvc.perform(MockMvcRequestBuilders.post("/kanal/youtube/hubungkan")
			.with(staff.demo(Role.CONTENT_ADMIN)).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith(PlatformStubs.base() + "/youtube/authorize?");
		Map<String, String> query = FormFields.of(location);
		assertThat(query).containsEntry("client_id", "test-youtube-client")
			.containsEntry("response_type", "code")
			.containsEntry("access_type", "offline")
			.containsEntry("prompt", "consent")
			.doesNotContainKey("code_challenge");
		assertThat(query.get("scope")).contains("https://www.googleapis.com/auth/youtube.upload");
		assertThat(query.get("redirect_uri")).endsWith("/kanal/youtube/kembali");
		String state = query.get("state");
		assertThat(state).hasSizeGreaterThanOrEqualTo(20);

		PlatformStubs.server().stubFor(post(urlEqualTo("/youtube/token"))
			.withRequestBody(containing("code=" + code.replace("/", "%2F")))
			.willReturn(okJson("{\"access_token\":\"ya29.fresh-" + unique + "\",\"expires_in\":3599,\"refresh_token\":"
					+ "\"1//first-" + unique + "\",\"scope\":\"https://www.googleapis.com/auth/youtube.upload\","
					+ "\"token_type\":\"Bearer\"}")));
		PlatformStubs.server().stubFor(get(urlPathEqualTo("/youtube/youtube/v3/channels"))
			.withQueryParam("part", equalTo("snippet")).withQueryParam("mine", equalTo("true"))
			.withHeader("Authorization", equalTo("Bearer ya29.fresh-" + unique))
			.willReturn(okJson("{\"kind\":\"youtube#channelListResponse\",\"items\":[{\"kind\":\"youtube#channel\","
					+ "\"id\":\"UC" + unique + "\",\"snippet\":{\"title\":\"Dinas Uji " + unique + "\","
					+ "\"customUrl\":\"@dinasuji\"}}]}")));

		mvc.perform(MockMvcRequestBuilders.get("/kanal/youtube/kembali").param("state", "palsu-" + unique)
			.param("code", code).with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(flash().attribute("error", "channel.connect.badState"));
		mvc.perform(MockMvcRequestBuilders.get("/kanal/youtube/kembali").param("state", state).param("code", code)
			.with(staff.demo(Role.CONTENT_ADMIN))).andExpect(flash().attribute("success", "channel.connected"));
		mvc.perform(MockMvcRequestBuilders.get("/kanal/youtube/kembali").param("state", state).param("code", code)
			.with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(flash().attribute("error", "channel.connect.badState"));

		var exchanged = PlatformStubs.server().findAll(postRequestedFor(urlEqualTo("/youtube/token"))
			.withRequestBody(containing(unique)));
		assertThat(exchanged).as("only the genuine state reaches Google").hasSize(1);
		assertThat(FormFields.of(exchanged.get(0))).containsEntry("code", code)
			.containsEntry("client_id", "test-youtube-client")
			.containsEntry("client_secret", "test-youtube-secret")
			.containsEntry("grant_type", "authorization_code")
			.containsEntry("redirect_uri", query.get("redirect_uri"));
		var account = jdbc.queryForMap("SELECT * FROM channel_account WHERE channel = 'YOUTUBE'");
		assertThat(account.get("name")).isEqualTo("Dinas Uji " + unique);
		assertThat(account.get("account_ref")).isEqualTo("UC" + unique);
		assertThat(account.get("handle")).isEqualTo("dinasuji");
		assertThat(account.get("expires_at")).isNotNull();
		assertThat((String) account.get("refresh_token")).startsWith("v1:").doesNotContain(unique);
	}

	@Test
	void aTokenAboutToExpireIsRefreshedWithTheRefreshTokenGoogleGaveFirst() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		accounts.connect(Channel.YOUTUBE, new ChannelAuthorization.Grant("Kanal Uji", "UC" + unique, "dpkpp_uji",
				"ya29.old-" + unique, "1//keep-" + unique, 60L, null), Staff.demoUsername(Role.CONTENT_ADMIN));
		String scenario = "refresh-" + unique;
		java.util.function.Supplier<com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder> refresh = () -> post(
				urlEqualTo("/youtube/token")).withRequestBody(containing("grant_type=refresh_token"))
			.withRequestBody(containing("refresh_token=1%2F%2Fkeep-" + unique))
			.inScenario(scenario);
		PlatformStubs.server().stubFor(refresh.get().whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson("{\"access_token\":\"ya29.new-" + unique + "\",\"expires_in\":3599,"
					+ "\"scope\":\"https://www.googleapis.com/auth/youtube.upload\",\"token_type\":\"Bearer\"}"))
			.willSetStateTo("again"));
		PlatformStubs.server().stubFor(refresh.get().whenScenarioStateIs("again")
			.willReturn(okJson("{\"access_token\":\"ya29.newer-" + unique + "\",\"expires_in\":3599,"
					+ "\"scope\":\"https://www.googleapis.com/auth/youtube.upload\",\"token_type\":\"Bearer\"}")));

		awaitAccessToken("ya29.new-" + unique);
		jdbc.update("UPDATE channel_account SET expires_at = ? WHERE channel = 'YOUTUBE'",
				Timestamp.from(clock.instant().plusSeconds(60)));
		// Google sent no new refresh token, so the first one refreshes again.
		awaitAccessToken("ya29.newer-" + unique);

		var refreshes = PlatformStubs.server().findAll(postRequestedFor(urlEqualTo("/youtube/token"))
			.withRequestBody(containing("keep-" + unique)));
		assertThat(refreshes).hasSizeGreaterThanOrEqualTo(2);
		assertThat(FormFields.of(refreshes.get(0))).containsEntry("client_id", "test-youtube-client")
			.containsEntry("client_secret", "test-youtube-secret");
	}

	/** A refresh that gets no answer is tried again on the next use; a machine busy with other builds may be slow. */
	private void awaitAccessToken(String expected) {
		await().atMost(Duration.ofSeconds(20)).until(() -> accounts.credentials(Channel.YOUTUBE)
			.map(ChannelCredentials::accessToken).orElse("").equals(expected));
	}
}
