package id.warta.channels.internal.youtube;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.warta.channels.ChannelFailure;
import id.warta.channels.ChannelFailure.Kind;
import id.warta.channels.internal.PlatformHttp;
import org.junit.jupiter.api.Test;

/** How Google's error answers and YouTube's processing verdicts become failures the dispatcher acts on. */
class YouTubeFailuresTests {

	/** 20:00 UTC on 1 July = 13:00 in Los Angeles (summer time): eleven hours before the quota comes back. */
	static final Instant SUMMER_EVENING = Instant.parse("2026-07-01T20:00:00Z");

	@Test
	void aUsedUpQuotaWaitsUntilMidnightPacificTime() {
		ChannelFailure failure = YouTubeFailures.of(answer(403, "quotaExceeded", "youtube.quota", Map.of()),
				SUMMER_EVENING);
		assertThat(failure.kind()).isEqualTo(Kind.TRANSIENT);
		assertThat(failure.messageKey()).isEqualTo("channel.youtube.quota");
		assertThat(failure.retryAfter()).isEqualTo(Duration.ofHours(11).plusMinutes(5));
		assertThat(failure.platformMessage()).contains("quotaExceeded");
		assertThat(YouTubeFailures.untilQuotaResets(Instant.parse("2026-01-15T07:59:00Z")))
			.as("winter: midnight is 08:00 UTC").isEqualTo(Duration.ofMinutes(6));
	}

	@Test
	void rateLimitsAndServerErrorsAreTriedAgainHonouringRetryAfter() {
		ChannelFailure rate = YouTubeFailures.of(answer(403, "rateLimitExceeded", "youtube.quota",
				Map.of("Retry-After", List.of("30"))), SUMMER_EVENING);
		assertThat(rate.kind()).isEqualTo(Kind.TRANSIENT);
		assertThat(rate.retryAfter()).isEqualTo(Duration.ofSeconds(30));
		assertThat(YouTubeFailures.of(answer(503, "backendError", "global", Map.of()), SUMMER_EVENING).kind())
			.isEqualTo(Kind.TRANSIENT);
		assertThat(YouTubeFailures.of(new PlatformHttp.Answer(502, "<html>Bad Gateway</html>", headers(Map.of())),
				SUMMER_EVENING).kind()).as("a proxy's page").isEqualTo(Kind.TRANSIENT);
	}

	@Test
	void refusalsSayWhy() {
		assertThat(key(401, "authError")).isEqualTo("channel.failure.token");
		assertThat(YouTubeFailures.of(answer(403, "insufficientPermissions", "global", Map.of()), SUMMER_EVENING)
			.kind()).as("a scope not granted: connect again").isEqualTo(Kind.TOKEN);
		assertThat(key(400, "uploadLimitExceeded")).isEqualTo("channel.failure.limit");
		assertThat(key(400, "invalidTitle")).isEqualTo("channel.youtube.metadata");
		assertThat(key(400, "invalidDescription")).isEqualTo("channel.youtube.metadata");
		assertThat(key(401, "youtubeSignupRequired")).isEqualTo("channel.failure.token");
		assertThat(key(403, "youtubeSignupRequired")).isEqualTo("channel.youtube.noChannel");
		assertThat(key(403, "forbidden")).isEqualTo("channel.failure.refused");
	}

	@Test
	void processingVerdicts() {
		assertThat(YouTubeFailures.rejected("rejected", "duplicate").messageKey()).isEqualTo("channel.failure.duplicate");
		assertThat(YouTubeFailures.rejected("rejected", "copyright").messageKey()).isEqualTo("channel.failure.policy");
		assertThat(YouTubeFailures.rejected("rejected", "length").messageKey()).isEqualTo("channel.youtube.tooLong");
		assertThat(YouTubeFailures.rejected("failed", "codec").messageKey()).isEqualTo("channel.failure.processing");
		assertThat(YouTubeFailures.rejected("failed", "codec").kind()).isEqualTo(Kind.PERMANENT);
	}

	@Test
	void aLongTitleIsShortenedToWhatYouTubeTakes() {
		String title = YouTubeConnector.title("Rapat <koordinasi> " + "panjang ".repeat(20));
		assertThat(title.codePointCount(0, title.length())).isLessThanOrEqualTo(YouTubeConnector.TITLE_MAX);
		assertThat(title).doesNotContain("<", ">").endsWith("…");
	}

	private static String key(int status, String reason) {
		return YouTubeFailures.of(answer(status, reason, "youtube.video", Map.of()), SUMMER_EVENING).messageKey();
	}

	private static PlatformHttp.Answer answer(int status, String reason, String domain, Map<String, List<String>> headers) {
		return new PlatformHttp.Answer(status, "{\"error\":{\"code\":" + status + ",\"message\":\"Said by Google\","
				+ "\"errors\":[{\"message\":\"Said by Google\",\"domain\":\"" + domain + "\",\"reason\":\"" + reason
				+ "\"}]}}", headers(headers));
	}

	static HttpHeaders headers(Map<String, List<String>> values) {
		return HttpHeaders.of(values, (name, value) -> true);
	}
}
