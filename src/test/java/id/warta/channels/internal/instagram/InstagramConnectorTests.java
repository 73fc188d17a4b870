package id.warta.channels.internal.instagram;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static id.warta.channels.ChannelTestSupport.awaitState;
import static id.warta.channels.internal.meta.GraphStubs.param;
import static id.warta.channels.internal.meta.GraphStubs.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.warta.channels.internal.meta.ContainerChannelTests;
import id.warta.channels.internal.meta.ContainerDialect;
import id.warta.newsroom.PublishedStoryFixtures;
import id.warta.organization.Role;
import id.warta.support.PlatformStubs;
import id.warta.support.TestFiles;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.Test;

/**
 * Instagram against a stub of the Graph API's content publishing (channels/API-CONTRACTS.md §2), connected through
 * Facebook Login. Instagram has no text posts, so its simplest post is one picture.
 */
@WartaTest
class InstagramConnectorTests extends ContainerChannelTests {

	@Override
	protected ContainerDialect dialect() {
		return InstagramConnector.DIALECT;
	}

	@Override
	protected String permalinkOf(String id) {
		return "https://www.instagram.com/p/C" + id + "/";
	}

	@Override
	protected PublishedStoryFixtures.Story publishSimple() throws Exception {
		return stories.publishedTo("Berita " + marker, Map.of(channel(), simpleText()), List.of());
	}

	@Override
	protected void checkSimpleContainer(LoggedRequest create, PublishedStoryFixtures.Story story) {
		assertThat(param(create, "image_url")).contains("/berkas/tautan/");
		assertThat(param(create, "media_type")).as("a single picture has no media type").isNull();
	}

	@Test
	void aPictureAndAVideoGoAsACarouselWithAVideoItem() throws Exception {
		long video = media.store(new ByteArrayInputStream(TestFiles.mp4Noise(48 * 1024, 11)), "liputan.mp4", 1L, null)
			.id();
		String picture = id();
		String clip = id();
		String carousel = id();
		stubCreate(picture, clip, carousel);
		stubStatus(picture, "FINISHED");
		stubStatus(clip, "IN_PROGRESS", "FINISHED");
		stubStatus(carousel, "FINISHED");
		String posted = stubPublishingGoesWell(0, 50);
		var story = stories.publishedTo("Liputan " + marker, Map.of(channel(), "Foto dan video " + marker),
				List.of(video));

		assertThat(awaitState(jdbc, story.id(), "INSTAGRAM", "PUBLISHED").get("external_id")).isEqualTo(posted);
		List<LoggedRequest> creates = requests("POST", user + "/media");
		assertThat(creates).hasSize(3);
		assertThat(param(creates.get(0), "image_url")).contains("/berkas/tautan/");
		assertThat(param(creates.get(0), "is_carousel_item")).isEqualTo("true");
		assertThat(param(creates.get(1), "media_type")).isEqualTo("VIDEO");
		assertThat(param(creates.get(1), "video_url")).contains("/berkas/tautan/");
		assertThat(param(creates.get(1), "is_carousel_item")).isEqualTo("true");
		assertThat(param(creates.get(2), "media_type")).isEqualTo("CAROUSEL");
		assertThat(param(creates.get(2), "children")).isEqualTo(picture + "," + clip);
		assertThat(requests("GET", clip)).as("the video item is waited for").hasSize(2);
	}

	@Test
	void connectingGoesThroughFacebookLoginToTheLinkedInstagramAccount() throws Exception {
		String location = mvc.perform(post("/kanal/instagram/hubungkan").with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith(PlatformStubs.base() + "/instagram/authorize?");
		var query = query(location);
		assertThat(query.get("client_id")).isEqualTo("test-instagram-client");
		assertThat(query.get("redirect_uri")).endsWith("/kanal/instagram/kembali");
		assertThat(query.get("scope")).contains("instagram_content_publish");
		assertThat(query.get("response_type")).isEqualTo("code");
		assertThat(query.get("code_challenge")).as("Facebook Login takes no PKCE").isNull();
		String state = query.get("state");
		assertThat(state).isNotBlank();

		String code = "AQD" + marker;
		String shortLived = "EAAshort" + marker;
		String longLived = "EAAlong" + marker;
		PlatformStubs.server().stubFor(WireMock.get(urlPathEqualTo("/instagram/token"))
			.withQueryParam("code", equalTo(code))
			.willReturn(okJson("{\"access_token\":\"" + shortLived + "\",\"token_type\":\"bearer\",\"expires_in\":5400}")));
		PlatformStubs.server().stubFor(WireMock.get(urlPathEqualTo("/instagram/token"))
			.withQueryParam("grant_type", equalTo("fb_exchange_token"))
			.withQueryParam("fb_exchange_token", equalTo(shortLived))
			.willReturn(okJson("{\"access_token\":\"" + longLived + "\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
		PlatformStubs.server().stubFor(WireMock.get(WireMock.urlPathMatching("/instagram/v\\d+\\.\\d+/me/accounts"))
			.withQueryParam("access_token", equalTo(longLived))
			.willReturn(okJson("{\"data\":[{\"name\":\"Halaman tanpa Instagram\",\"id\":\"111\"},"
					+ "{\"instagram_business_account\":{\"id\":\"" + user + "\"},\"name\":\"Dinas Uji\",\"id\":\"222\"}]}")));

		mvc.perform(get("/kanal/instagram/kembali").param("state", "forged").param("code", code)
			.with(staff.demo(Role.CONTENT_ADMIN)));
		assertThat(PlatformStubs.server().findAll(WireMock.getRequestedFor(urlPathEqualTo("/instagram/token"))
			.withQueryParam("code", equalTo(code)))).as("a state we did not give is refused before any exchange").isEmpty();
		var back = mvc.perform(get("/kanal/instagram/kembali").param("state", state).param("code", code)
			.with(staff.demo(Role.CONTENT_ADMIN))).andReturn();
		assertThat(back.getFlashMap().get("success")).isEqualTo("channel.connected");

		var account = jdbc.queryForMap("SELECT * FROM channel_account WHERE channel = 'INSTAGRAM'");
		assertThat(account.get("account_ref")).isEqualTo(user);
		assertThat(account.get("name")).isEqualTo("Dinas Uji");
		assertThat((String) account.get("access_token")).startsWith("v1:").doesNotContain(longLived);
		Instant expires = ((OffsetDateTime) jdbc.queryForObject(
				"SELECT expires_at FROM channel_account WHERE channel = 'INSTAGRAM'", OffsetDateTime.class)).toInstant();
		assertThat(expires).isBetween(Instant.now().plus(Duration.ofDays(59)), Instant.now().plus(Duration.ofDays(61)));
		var exchanged = PlatformStubs.server().findAll(WireMock.getRequestedFor(urlPathEqualTo("/instagram/token"))
			.withQueryParam("code", equalTo(code)));
		assertThat(exchanged).hasSize(1);
		assertThat(exchanged.get(0).queryParameter("redirect_uri").firstValue()).endsWith("/kanal/instagram/kembali");
		assertThat(exchanged.get(0).queryParameter("client_secret").firstValue()).isEqualTo("test-instagram-secret");

		var again = mvc.perform(get("/kanal/instagram/kembali").param("state", state).param("code", code)
			.with(staff.demo(Role.CONTENT_ADMIN))).andReturn();
		assertThat(again.getFlashMap().get("error")).as("a state is used once").isEqualTo("channel.connect.badState");
	}

	@Test
	void withoutRefreshStaffAreToldAWeekBeforeTheTokenExpires() {
		connect(token, Duration.ofDays(5).toSeconds());

		accounts.checkExpiries();

		var account = jdbc.queryForMap("SELECT * FROM channel_account WHERE channel = 'INSTAGRAM'");
		assertThat(account.get("reconnect_notice_at")).isNotNull();
		assertThat(account.get("needs_reconnect")).as("the token still works until it expires").isEqualTo(false);
		assertThat(jdbc.queryForObject("""
				SELECT COUNT(*) FROM audit_entry WHERE action = 'CHANNEL_RECONNECT_NEEDED' AND object_id = 'INSTAGRAM'""",
				Integer.class)).isPositive();
		assertThat(PlatformStubs.server().findAll(WireMock.anyRequestedFor(WireMock.urlPathMatching(
				"/instagram/.*refresh.*"))))
			.as("Facebook Login has no refresh").isEmpty();
	}
}
