package id.warta.channels.internal.x;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import id.warta.channels.ChannelFailure;
import id.warta.channels.ChannelFailure.Kind;
import id.warta.channels.internal.PlatformHttp;
import org.junit.jupiter.api.Test;

/** How X's answers (RFC 7807 problems, rate-limit headers) become what the dispatcher does. */
class XErrorsTests {

	static final Instant NOW = Instant.parse("2025-06-01T08:00:00Z");
	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	@Test
	void tooManyRequestsWaitsUntilTheWindowResets() {
		ChannelFailure failure = failure(429, problem("Too Many Requests", "Too Many Requests"),
				Map.of("x-rate-limit-remaining", "0", "x-rate-limit-reset", Long.toString(NOW.getEpochSecond() + 900)));

		assertThat(failure.kind()).isEqualTo(Kind.TRANSIENT);
		assertThat(failure.retryAfter()).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void aUsedUpDailyPostLimitWaitsForItsOwnReset() {
		long reset = NOW.getEpochSecond();
		ChannelFailure failure = failure(429, problem("Too Many Requests", "Too Many Requests"),
				Map.of("x-rate-limit-remaining", "99", "x-rate-limit-reset", Long.toString(reset + 60),
						"x-user-limit-24hour-remaining", "0", "x-user-limit-24hour-reset", Long.toString(reset + 7_200)));

		assertThat(failure.retryAfter()).isEqualTo(Duration.ofHours(2));
	}

	@Test
	void aResetAlreadyPastRetriesAtOnceAndNoHeaderLeavesTheWaitToTheBackoff() {
		assertThat(failure(429, "", Map.of("x-rate-limit-reset", Long.toString(NOW.getEpochSecond() - 5))).retryAfter())
			.isZero();
		assertThat(failure(429, "", Map.of()).retryAfter()).isNull();
	}

	@Test
	void serverErrorsWaitAndAnExpiredTokenAsksForReconnecting() {
		assertThat(failure(503, "<html>Over capacity</html>", Map.of()).kind()).isEqualTo(Kind.TRANSIENT);
		ChannelFailure token = failure(401, problem("Unauthorized", "Unauthorized"), Map.of());
		assertThat(token.kind()).isEqualTo(Kind.TOKEN);
		assertThat(token.platformMessage()).isEqualTo("X 401: Unauthorized");
	}

	@Test
	void duplicateContentIsPermanentWithXsWords() {
		ChannelFailure failure = failure(403,
				"{\"detail\":\"You are not allowed to create a Tweet with duplicate content.\",\"type\":\"about:blank\","
						+ "\"title\":\"Forbidden\",\"status\":403}", Map.of());

		assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
		assertThat(failure.messageKey()).isEqualTo("channel.failure.duplicate");
		assertThat(failure.platformMessage())
			.isEqualTo("X 403: Forbidden — You are not allowed to create a Tweet with duplicate content.");
	}

	@Test
	void aUsageCapStopsForAPersonRatherThanRetryingForWeeks() {
		ChannelFailure failure = failure(429, "{\"title\":\"UsageCapExceeded\",\"detail\":\"Usage cap exceeded: Monthly "
				+ "product cap\",\"type\":\"https://api.twitter.com/2/problems/usage-capped\",\"period\":\"Monthly\","
				+ "\"scope\":\"Product\"}", Map.of("x-rate-limit-reset", Long.toString(NOW.getEpochSecond() + 60)));

		assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
		assertThat(failure.messageKey()).isEqualTo(XErrors.USAGE_CAPPED);
		assertThat(failure.platformMessage()).contains("Monthly product cap");
	}

	@Test
	void invalidRequestsNameWhatWasWrong() {
		String invalid = "{\"errors\":[{\"parameters\":{\"media.media_ids\":[\"1\"]},\"message\":\"Your media IDs are "
				+ "invalid.\"}],\"title\":\"Invalid Request\",\"detail\":\"One or more parameters to your request was "
				+ "invalid.\",\"type\":\"https://api.twitter.com/2/problems/invalid-request\"}";
		ChannelFailure media = failure(400, invalid, Map.of());
		assertThat(media.messageKey()).isEqualTo("channel.failure.media");
		assertThat(media.platformMessage()).contains("Your media IDs are invalid.");

		ChannelFailure other = failure(403, problem("Forbidden", "You are not permitted to perform this action."),
				Map.of());
		assertThat(other.kind()).isEqualTo(Kind.PERMANENT);
		assertThat(other.messageKey()).isEqualTo("channel.failure.refused");
	}

	private static ChannelFailure failure(int status, String body, Map<String, String> headers) {
		HttpHeaders http = HttpHeaders.of(headers.entrySet().stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, entry -> List.of(entry.getValue()))),
				(name, value) -> true);
		return XErrors.failure(new PlatformHttp.Answer(status, body, http), CLOCK, "channel.failure.refused");
	}

	private static String problem(String title, String detail) {
		return "{\"title\":\"" + title + "\",\"detail\":\"" + detail + "\",\"type\":\"about:blank\"}";
	}
}
