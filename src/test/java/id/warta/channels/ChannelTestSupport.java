package id.warta.channels;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.awaitility.core.ConditionTimeoutException;
import id.warta.support.PlatformStubs;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What channel tests share: a clean queue (a publication left over by another test must not reach this test's
 * stubs), the state of a story's publication, and the requests a stub received that carry a test's own text.
 */
public final class ChannelTestSupport {

	private ChannelTestSupport() {
	}

	/** Stops whatever other tests left waiting, so that only this test's publications are sent. */
	public static void quietQueue(JdbcTemplate jdbc) {
		jdbc.update("UPDATE publication SET state = 'CANCELLED' WHERE state IN ('QUEUED', 'SENDING')");
	}

	/** Waits until the story's publication on the channel reaches one of the states, and returns its row. */
	public static Map<String, Object> awaitState(JdbcTemplate jdbc, long storyId, String channel, String... states) {
		List<String> wanted = List.of(states);
		try {
			await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
				List<String> found = jdbc.queryForList(
						"SELECT state FROM publication WHERE story_id = ? AND channel = ?", String.class, storyId,
						channel);
				return !found.isEmpty() && wanted.contains(found.get(0));
			});
		}
		catch (ConditionTimeoutException timeout) {
			throw new AssertionError("Story " + storyId + " on " + channel + " never reached " + wanted + "; it is "
					+ jdbc.queryForList("SELECT * FROM publication WHERE story_id = ? AND channel = ?", storyId, channel)
					+ ", attempts " + jdbc.queryForList("""
							SELECT a.* FROM publication_attempt a JOIN publication p ON p.id = a.publication_id
							WHERE p.story_id = ? AND p.channel = ?""", storyId, channel), timeout);
		}
		return jdbc.queryForMap("SELECT * FROM publication WHERE story_id = ? AND channel = ?", storyId, channel);
	}

	/** Requests the stubs received at paths matching the pattern whose body contains the marker. */
	public static List<LoggedRequest> received(String pathPattern, String marker) {
		return PlatformStubs.server()
			.findAll(anyRequestedFor(urlMatching(pathPattern)))
			.stream()
			.filter(request -> request.getBodyAsString().contains(marker) || request.getUrl().contains(marker))
			.toList();
	}
}
