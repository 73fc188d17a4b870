package id.warta.channels.internal.facebook;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import id.warta.channels.ChannelAccounts;
import id.warta.channels.internal.ChannelAccountService;
import id.warta.newsroom.Channel;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Connecting a Page through {@code /kanal/facebook/hubungkan} and {@code /kanal/facebook/kembali} against stubs of
 * Facebook's login dialog, token endpoint and {@code /me/accounts} (channels/API-CONTRACTS.md §1).
 */
@WartaTest
class FacebookAuthorizationTests {

	static final long SIXTY_DAYS = 5_183_944;

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ChannelAccounts accounts;

	@Autowired
	ChannelAccountService accountService;

	@Autowired
	Clock clock;

	String code;
	String page;
	String pageToken;

	@BeforeEach
	void names() {
		String unique = UUID.randomUUID().toString().replace("-", "");
		code = "AQD" + unique;
		page = "2" + Math.abs(System.nanoTime() % 1_000_000_000_000L);
		pageToken = "EAAPage" + unique;
	}

	@Test
	void connectingTradesTheCodeForALongLivedTokenAndKeepsThePagesToken() throws Exception {
		stubTokens(SIXTY_DAYS);
		URI dialog = start();
		var query = UriComponentsBuilder.fromUri(dialog).build().getQueryParams();
		assertThat(dialog.toString()).startsWith(PlatformStubs.base() + "/facebook/authorize?");
		assertThat(query.getFirst("client_id")).isEqualTo("test-facebook-client");
		assertThat(query.getFirst("redirect_uri")).endsWith("%2Fkanal%2Ffacebook%2Fkembali");
		assertThat(query.getFirst("scope")).contains("pages_manage_posts").contains("pages_show_list");
		assertThat(query.getFirst("code_challenge")).as("Facebook's dialog takes no PKCE").isNull();
		String state = query.getFirst("state");
		assertThat(state).hasSizeGreaterThan(20);

		back(state, code).andExpect(redirectedUrl("/kanal")).andExpect(flash().attribute("success", "channel.connected"));

		var credentials = accounts.credentials(Channel.FACEBOOK).orElseThrow();
		assertThat(credentials.accountRef()).as("the first Page").isEqualTo(page);
		assertThat(credentials.accessToken()).isEqualTo(pageToken);
		var row = jdbc.queryForMap("SELECT name, expires_at, refresh_token FROM channel_account WHERE channel = 'FACEBOOK'");
		assertThat(row.get("name")).isEqualTo("Dinas Uji " + page);
		assertThat(row.get("refresh_token")).as("Facebook gives none").isNull();
		assertThat(expiresAt()).isCloseTo(clock.instant().plusSeconds(SIXTY_DAYS), within(5, ChronoUnit.MINUTES));
		var exchange = PlatformStubs.server().findAll(anyRequestedFor(urlPathEqualTo("/facebook/token"))
			.withQueryParam("grant_type", equalTo("fb_exchange_token")));
		assertThat(exchange).singleElement().satisfies(request -> {
			assertThat(request.queryParameter("fb_exchange_token").firstValue()).isEqualTo("short-" + code);
			assertThat(request.queryParameter("client_secret").firstValue()).isEqualTo("test-facebook-secret");
		});
	}

	@Test
	void aStateThatWasNotIssuedHereIsRefusedAndTheCodeNeverSpent() throws Exception {
		stubTokens(SIXTY_DAYS);
		start();

		back("forged-" + code, code).andExpect(flash().attribute("error", "channel.connect.badState"));

		assertThat(PlatformStubs.server().findAll(anyRequestedFor(urlPathEqualTo("/facebook/token"))
			.withQueryParam("code", equalTo(code)))).isEmpty();
	}

	@Test
	void aTokenThatCannotBeRefreshedIsAnnouncedBeforeItEnds() throws Exception {
		stubTokens(3 * 24 * 3600);
		back(start().getQuery().replaceAll(".*state=([^&]+).*", "$1"), code)
			.andExpect(flash().attribute("success", "channel.connected"));
		assertThat(noticeAt()).as("a new connection has had no notice").isNull();

		accountService.checkExpiries();

		OffsetDateTime told = noticeAt();
		assertThat(told).as("staff are told to connect again").isNotNull();
		assertThat(notices()).isPositive();
		assertThat(accounts.credentials(Channel.FACEBOOK).orElseThrow().accessToken())
			.as("the token still works until it ends").isEqualTo(pageToken);
		accountService.checkExpiries();
		assertThat(noticeAt()).as("told once").isEqualTo(told);
	}

	private URI start() throws Exception {
		String location = mvc.perform(MockMvcRequestBuilders.post("/kanal/facebook/hubungkan")
			.with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())).andReturn().getResponse().getRedirectedUrl();
		return URI.create(location);
	}

	private org.springframework.test.web.servlet.ResultActions back(String state, String code) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get("/kanal/facebook/kembali")
			.with(staff.demo(Role.CONTENT_ADMIN))
			.param("state", state)
			.param("code", code));
	}

	/** The code, the long-lived exchange and the Pages, each only for what the step before gave. */
	private void stubTokens(long expiresIn) {
		var server = PlatformStubs.server();
		server.stubFor(get(urlPathEqualTo("/facebook/token")).withQueryParam("code", equalTo(code))
			.withQueryParam("client_id", equalTo("test-facebook-client"))
			.withQueryParam("client_secret", equalTo("test-facebook-secret"))
			.withQueryParam("redirect_uri", equalTo("http://localhost:8080/kanal/facebook/kembali"))
			.willReturn(okJson("{\"access_token\":\"short-" + code + "\",\"token_type\":\"bearer\",\"expires_in\":5183}")));
		server.stubFor(get(urlPathEqualTo("/facebook/token")).withQueryParam("grant_type", equalTo("fb_exchange_token"))
			.withQueryParam("fb_exchange_token", equalTo("short-" + code))
			.willReturn(okJson("{\"access_token\":\"long-" + code + "\",\"token_type\":\"bearer\",\"expires_in\":"
					+ expiresIn + "}")));
		server.stubFor(get(urlPathMatching("/facebook/v\\d+\\.\\d+/me/accounts"))
			.withQueryParam("access_token", equalTo("long-" + code))
			.withQueryParam("fields", equalTo("id,name,access_token"))
			.willReturn(okJson("{\"data\":[{\"id\":\"" + page + "\",\"name\":\"Dinas Uji " + page
					+ "\",\"access_token\":\"" + pageToken + "\"},{\"id\":\"9" + page
					+ "\",\"name\":\"Halaman Lain\",\"access_token\":\"EAAOther\"}],"
					+ "\"paging\":{\"cursors\":{\"before\":\"QVFI\",\"after\":\"QVFJ\"}}}")));
	}

	private Instant expiresAt() {
		return jdbc.queryForObject("SELECT expires_at FROM channel_account WHERE channel = 'FACEBOOK'",
				OffsetDateTime.class).toInstant();
	}

	private OffsetDateTime noticeAt() {
		return jdbc.queryForObject("SELECT reconnect_notice_at FROM channel_account WHERE channel = 'FACEBOOK'",
				OffsetDateTime.class);
	}

	private int notices() {
		return jdbc.queryForObject("""
				SELECT COUNT(*) FROM audit_entry WHERE action = 'CHANNEL_RECONNECT_NEEDED' AND object_id = 'FACEBOOK'""",
				Integer.class);
	}
}
