package id.warta.publishing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static id.warta.channels.ChannelTestSupport.awaitState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.warta.WartaApplication;
import id.warta.channels.ChannelTestSupport;
import id.warta.newsroom.Channel;
import id.warta.newsroom.PublishedStoryFixtures;
import id.warta.organization.Role;
import id.warta.support.PlatformStubs;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Two application nodes on one database, both dispatching: every story reaches the channel exactly once, and both
 * nodes take part. On H2 the second node shares the test's in-memory database; in CI both use PostgreSQL.
 */
@WartaTest
class TwoNodeDispatchTests {

	static final int STORIES = 8;

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Environment environment;

	ConfigurableApplicationContext secondNode;

	@BeforeEach
	void startASecondNode() {
		ChannelTestSupport.quietQueue(jdbc);
		secondNode = new SpringApplicationBuilder(WartaApplication.class).profiles("test", "demo")
			.properties("server.port=0", "warta.publishing.node=node-b",
					"spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
					"spring.datasource.username=" + environment.getProperty("spring.datasource.username", ""),
					"spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
					"spring.jmx.enabled=false", "management.server.port=-1")
			.run();
	}

	@AfterEach
	void stopIt() {
		if (secondNode != null) {
			secondNode.close();
		}
	}

	@Test
	void everyStoryIsPostedOnceWhileTwoNodesDispatch() throws Exception {
		String token = "7100" + (System.nanoTime() % 100000) + ":" + UUID.randomUUID().toString().replace("-", "");
		String marker = "dua-node-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(MockMvcRequestBuilders.post("/kanal/telegram").with(staff.demo(Role.CONTENT_ADMIN)).with(csrf())
			.param("botToken", token).param("chatId", "@dpkpp_uji"));
		// First every send is refused with "retry after 3 s", so that the eight publications all fall due again
		// within a few seconds of each other while both nodes poll; then each send takes a second, more than one
		// node alone keeps up with. SKIP LOCKED and the lease keep each row to one node.
		String endpoint = "/telegram/bot" + token + "/sendMessage";
		PlatformStubs.server().stubFor(post(urlEqualTo(endpoint)).willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 3\","
					+ "\"parameters\":{\"retry_after\":3}}")));
		var stories = new PublishedStoryFixtures(mvc, staff, jdbc);
		List<PublishedStoryFixtures.Story> published = new ArrayList<>();
		for (int i = 0; i < STORIES; i++) {
			published.add(stories.publishedTextTo("Dua node " + i + " " + marker,
					Map.of(Channel.TELEGRAM, "Kabar " + i + " " + marker + "-" + i + ".")));
		}
		for (var story : published) {
			await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
					"SELECT COUNT(*) FROM publication_attempt a JOIN publication p ON p.id = a.publication_id "
							+ "WHERE p.story_id = ? AND a.outcome = 'RETRY'", Integer.class, story.id()) > 0);
		}
		PlatformStubs.server().stubFor(post(urlEqualTo(endpoint)).willReturn(okJson("{\"ok\":true,\"result\":{\"message_id\":77,"
				+ "\"chat\":{\"id\":-1001,\"username\":\"dpkpp_uji\",\"type\":\"channel\"},\"date\":1717000000}}")
			.withFixedDelay(1_000)));

		for (int i = 0; i < STORIES; i++) {
			awaitState(jdbc, published.get(i).id(), "TELEGRAM", "PUBLISHED");
			assertThat(jdbc.queryForList("""
					SELECT a.outcome FROM publication_attempt a JOIN publication p ON p.id = a.publication_id
					WHERE p.story_id = ? AND a.outcome <> 'RETRY'""", String.class, published.get(i).id()))
				.as("story %d was sent once after the refusals", i).containsExactly("PUBLISHED");
		}
		List<String> nodes = jdbc.queryForList("""
				SELECT DISTINCT a.node FROM publication_attempt a JOIN publication p ON p.id = a.publication_id
				JOIN story_revision r ON r.story_id = p.story_id WHERE r.title LIKE ?""", String.class,
				"%" + marker + "%");
		assertThat(nodes).as("both nodes dispatched").contains("node-b").hasSizeGreaterThanOrEqualTo(2);
	}
}
