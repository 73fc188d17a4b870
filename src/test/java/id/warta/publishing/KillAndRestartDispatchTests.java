package id.warta.publishing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static id.warta.channels.ChannelTestSupport.awaitState;
import static id.warta.channels.ChannelTestSupport.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.warta.WartaApplication;
import id.warta.channels.ChannelTestSupport;
import id.warta.channels.internal.ChannelAccountService;
import id.warta.channels.internal.ChannelAuthorization;
import id.warta.newsroom.Channel;
import id.warta.newsroom.PublishedStoryFixtures;
import id.warta.organization.Role;
import id.warta.support.PlatformStubs;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The application process is killed (SIGKILL) while it is sending a story to the channels, then started again:
 * every channel ends with exactly one post. This test's own context does not dispatch; a child JVM with the same
 * classpath and database does, so that killing it is a real crash mid-way.
 */
@WartaTest
@TestPropertySource(properties = "warta.publishing.dispatch=false")
class KillAndRestartDispatchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Environment environment;

	@Autowired
	ChannelAccountService accounts;

	Process child;
	Server h2;
	Path log;

	@AfterEach
	void stop() {
		if (child != null) {
			child.destroyForcibly();
		}
		if (h2 != null) {
			h2.stop();
		}
	}

	@Test
	void aCrashMidDispatchStillEndsWithOnePostPerChannel() throws Exception {
		ChannelTestSupport.quietQueue(jdbc);
		String marker = "mati-" + UUID.randomUUID().toString().substring(0, 8);
		String token = "7200" + (System.nanoTime() % 100000) + ":" + UUID.randomUUID().toString().replace("-", "");
		String page = "2" + Math.abs(System.nanoTime() % 1_000_000_000L);
		mvc.perform(MockMvcRequestBuilders.post("/kanal/telegram").with(staff.demo(Role.CONTENT_ADMIN)).with(csrf())
			.param("botToken", token).param("chatId", "@dpkpp_uji"));
		accounts.connect(Channel.FACEBOOK, new ChannelAuthorization.Grant("DPKPP Uji", page, null,
				"EAAG" + UUID.randomUUID().toString().replace("-", ""), null, 5_000_000L, null), "admin.konten");
		var stubs = PlatformStubs.server();
		// Facebook answers the post slowly: the process is killed while the create call is on the wire.
		stubs.stubFor(post(urlPathEqualTo("/facebook/v20.0/" + page + "/feed")).willReturn(
				okJson("{\"id\":\"" + page + "_11\",\"permalink_url\":\"https://www.facebook.com/" + page + "/posts/11\"}")
					.withFixedDelay(4_000)));
		stubs.stubFor(post(urlEqualTo("/telegram/bot" + token + "/sendMessage")).willReturn(okJson(
				"{\"ok\":true,\"result\":{\"message_id\":5,\"chat\":{\"id\":-1001,\"username\":\"dpkpp_uji\"}}}")));

		child = startChild();
		var story = new PublishedStoryFixtures(mvc, staff, jdbc).publishedTextTo("Mati listrik " + marker,
				Map.of(Channel.FACEBOOK, "Kabar " + marker, Channel.TELEGRAM, "Kabar " + marker));
		// After the restart the post is found on the Page's feed, so it is not sent again.
		stubs.stubFor(get(urlPathEqualTo("/facebook/v20.0/" + page + "/feed")).willReturn(okJson(
				"{\"data\":[{\"id\":\"" + page + "_11\",\"permalink_url\":\"https://www.facebook.com/" + page
						+ "/posts/11\",\"message\":\"Kabar " + marker + "\",\"link\":\"" + base() + story.path()
						+ "\"}]}")));

		try {
			await().atMost(Duration.ofMinutes(3)).until(() -> !received("/facebook/v20.0/" + page + "/feed.*", marker)
				.isEmpty());
		}
		catch (org.awaitility.core.ConditionTimeoutException timeout) {
			throw new AssertionError("The child never posted to Facebook; publications "
					+ jdbc.queryForList("SELECT * FROM publication WHERE story_id = ?", story.id()) + "; child log:\n"
					+ tail(), timeout);
		}
		child.destroyForcibly().waitFor();
		assertThat(jdbc.queryForObject("SELECT state FROM publication WHERE story_id = ? AND channel = 'FACEBOOK'",
				String.class, story.id())).as("killed while sending").isEqualTo("SENDING");

		child = startChild();
		var facebook = awaitState(jdbc, story.id(), "FACEBOOK", "PUBLISHED", "NEEDS_CHECK");
		var telegram = awaitState(jdbc, story.id(), "TELEGRAM", "PUBLISHED", "NEEDS_CHECK");
		assertThat(facebook.get("state")).as("reconciled from the feed").isEqualTo("PUBLISHED");
		assertThat(telegram.get("state")).isIn("PUBLISHED", "NEEDS_CHECK");
		assertThat(received("/facebook/v20.0/" + page + "/feed.*", marker).stream()
			.filter(request -> request.getMethod().getName().equals("POST"))).as("one Facebook post").hasSize(1);
		assertThat(received("/telegram/bot.*/sendMessage", marker)).as("one Telegram post").hasSize(1);
		assertThat(jdbc.queryForList("""
				SELECT outcome FROM publication_attempt a JOIN publication p ON p.id = a.publication_id
				WHERE p.story_id = ? AND p.channel = 'FACEBOOK' ORDER BY number""", String.class, story.id()))
			.startsWith("INTERRUPTED");
	}

	/** The application in its own JVM on this test's database, dispatching with a short lease. */
	private Process startChild() throws Exception {
		String url = environment.getProperty("spring.datasource.url");
		if (url.startsWith("jdbc:h2:mem:")) {
			if (h2 == null) {
				h2 = Server.createTcpServer("-tcpPort", String.valueOf(freePort()), "-tcpAllowOthers").start();
			}
			String name = url.substring("jdbc:h2:mem:".length(), url.indexOf(';'));
			url = "jdbc:h2:tcp://localhost:" + h2.getPort() + "/mem:" + name + url.substring(url.indexOf(';'));
		}
		int port = freePort();
		log = log == null ? Files.createTempFile("warta-child", ".log") : log;
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
				"-D" + PlatformStubs.PARENT + "=" + PlatformStubs.base(), "-cp", System.getProperty("java.class.path"),
				WartaApplication.class.getName(), "--spring.profiles.active=test,demo", "--server.port=" + port,
				"--spring.datasource.url=" + url,
				"--spring.datasource.username=" + environment.getProperty("spring.datasource.username", ""),
				"--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
				"--warta.publishing.node=child", "--warta.publishing.lease=3s", "--warta.site.base-url=" + base(),
				"--warta.newsroom.seal-key=" + environment.getProperty("warta.newsroom.seal-key"),
				"--warta.media.link-key-file=" + environment.getProperty("warta.media.link-key-file"),
				"--spring.flyway.enabled=false"));
		Process started = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		HttpClient client = HttpClient.newHttpClient();
		await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(() -> {
			if (!started.isAlive()) {
				throw new IllegalStateException("The child stopped; see " + log + ":\n" + tail());
			}
			try {
				return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
					.build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
			}
			catch (IOException notYet) {
				return false;
			}
		});
		return started;
	}

	private String base() {
		return environment.getProperty("warta.site.base-url");
	}

	private String tail() throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
