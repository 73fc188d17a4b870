package id.warta.channels.internal.threads;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static id.warta.channels.ChannelTestSupport.awaitState;
import static id.warta.channels.internal.meta.GraphStubs.param;
import static id.warta.channels.internal.meta.GraphStubs.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.warta.channels.internal.meta.ContainerChannelTests;
import id.warta.channels.internal.meta.ContainerDialect;
import id.warta.newsroom.PublishedStoryFixtures;
import id.warta.organization.Role;
import id.warta.support.PlatformStubs;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.Test;

/** Threads against a stub of the Threads API (channels/API-CONTRACTS.md §7): text, pictures, video, tokens. */
@WartaTest
class ThreadsConnectorTests extends ContainerChannelTests {

	@Override
	protected ContainerDialect dialect() {
		return ThreadsConnector.DIALECT;
	}

	@Override
	protected String permalinkOf(String id) {
		return "https://www.threads.net/@dinas_uji/post/T" + id;
	}

	@Override
	protected PublishedStoryFixtures.Story publishSimple() throws Exception {
		return stories.publishedTextTo("Berita " + marker, Map.of(channel(), simpleText()));
	}

	@Override
	protected void checkSimpleContainer(LoggedRequest create, PublishedStoryFixtures.Story story) {
		assertThat(param(create, "media_type")).isEqualTo("TEXT");
		assertThat(param(create, "text")).as("the story's address is the first, so it makes the preview")
			.endsWith(story.path());
	}

	@Test
	void connectingTradesTheCodeForALongLivedTokenOfTheProfile() throws Exception {
		String location = mvc.perform(post("/kanal/threads/hubungkan").with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith(PlatformStubs.base() + "/threads/authorize?");
		var query = query(location);
		assertThat(query.get("client_id")).isEqualTo("test-threads-client");
		assertThat(query.get("scope")).contains("threads_content_publish");
		assertThat(query.get("redirect_uri")).endsWith("/kanal/threads/kembali");
		String state = query.get("state");
		assertThat(state).isNotBlank();

		String code = "AQB" + marker;
		String shortLived = "THshort" + marker;
		String longLived = "THlong" + marker;
		PlatformStubs.server().stubFor(WireMock.post(urlPathEqualTo("/threads/token"))
			.withFormParam("code", equalTo(code))
			.withFormParam("grant_type", equalTo("authorization_code"))
			.willReturn(okJson("{\"access_token\":\"" + shortLived + "\",\"user_id\":" + user + "}")));
		PlatformStubs.server().stubFor(WireMock.get(urlPathMatching("/threads/v\\d+\\.\\d+/access_token"))
			.withQueryParam("grant_type", equalTo("th_exchange_token"))
			.withQueryParam("access_token", equalTo(shortLived))
			.willReturn(okJson("{\"access_token\":\"" + longLived + "\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
		PlatformStubs.server().stubFor(WireMock.get(urlPathMatching("/threads/v\\d+\\.\\d+/me"))
			.withQueryParam("access_token", equalTo(longLived))
			.willReturn(okJson("{\"id\":\"" + user + "\",\"username\":\"dinas_uji\"}")));

		var back = mvc.perform(get("/kanal/threads/kembali").param("state", state).param("code", code)
			.with(staff.demo(Role.CONTENT_ADMIN))).andReturn();
		assertThat(back.getFlashMap().get("success")).isEqualTo("channel.connected");

		var account = jdbc.queryForMap("SELECT * FROM channel_account WHERE channel = 'THREADS'");
		assertThat(account.get("account_ref")).isEqualTo(user);
		assertThat(account.get("handle")).isEqualTo("dinas_uji");
		assertThat((String) account.get("access_token")).startsWith("v1:").doesNotContain(longLived);
		var exchanged = PlatformStubs.server().findAll(WireMock.postRequestedFor(urlPathEqualTo("/threads/token"))
			.withFormParam("code", equalTo(code)));
		assertThat(exchanged).hasSize(1);
		assertThat(param(exchanged.get(0), "redirect_uri")).endsWith("/kanal/threads/kembali");
		assertThat(param(exchanged.get(0), "client_secret")).isEqualTo("test-threads-secret");

		var forged = mvc.perform(get("/kanal/threads/kembali").param("state", state + "x").param("code", code)
			.with(staff.demo(Role.CONTENT_ADMIN))).andReturn();
		assertThat(forged.getFlashMap().get("error")).isEqualTo("channel.connect.badState");
	}

	@Test
	void aTokenAboutToExpireIsRefreshedBeforePosting() throws Exception {
		connect(token, 120);
		String fresh = "THfresh" + marker;
		PlatformStubs.server().stubFor(WireMock.get(urlPathMatching("/threads/v\\d+\\.\\d+/refresh_access_token"))
			.withQueryParam("grant_type", equalTo("th_refresh_token"))
			.withQueryParam("access_token", equalTo(token))
			.willReturn(okJson("{\"access_token\":\"" + fresh + "\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
		stubReadyContainer();
		String posted = stubPublishingGoesWell(0, 250);
		var story = publishSimple();

		assertThat(awaitState(jdbc, story.id(), "THREADS", "PUBLISHED").get("external_id")).isEqualTo(posted);
		assertThat(param(single("POST", user + "/threads"), "access_token")).as("posted with the new token")
			.isEqualTo(fresh);
		Instant expires = ((OffsetDateTime) jdbc.queryForObject(
				"SELECT expires_at FROM channel_account WHERE channel = 'THREADS'", OffsetDateTime.class)).toInstant();
		assertThat(expires).isAfter(Instant.now().plus(Duration.ofDays(59)));
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_entry WHERE action = 'CHANNEL_REFRESHED' AND object_id = 'THREADS'",
				Integer.class)).isPositive();
	}
}
