package id.warta.channels.internal.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import id.warta.channels.ChannelFailure;
import id.warta.channels.ChannelFailure.Kind;
import id.warta.channels.internal.PlatformHttp;
import org.junit.jupiter.api.Test;

/** Graph API error answers (channels/API-CONTRACTS.md §1, §2) and what the dispatcher is told to do with them. */
class MetaErrorsTests {

	@Test
	void tokenErrorsAskForReconnecting() {
		assertThat(failure(400, error(190, 463, "Error validating access token: Session has expired")).kind())
			.isEqualTo(Kind.TOKEN);
		assertThat(failure(400, error(100, 33, "Unsupported post request")).kind()).isEqualTo(Kind.TOKEN);
		assertThat(failure(400, "{\"error\":{\"message\":\"REVOKED_ACCESS_TOKEN\",\"code\":1}}").kind())
			.isEqualTo(Kind.TOKEN);
		ChannelFailure permission = failure(403, error(10, 0, "Application does not have permission"));
		assertThat(permission.kind()).isEqualTo(Kind.TOKEN);
		assertThat(permission.messageKey()).isEqualTo("channel.failure.permission");
	}

	@Test
	void instagramSubcodesAreExplainedAndKeptInThePlatformsWords() {
		ChannelFailure ratio = failure(400, error(36003, 2207009, "The aspect ratio is not supported."));
		assertThat(ratio.kind()).isEqualTo(Kind.PERMANENT);
		assertThat(ratio.messageKey()).isEqualTo("channel.failure.aspectRatio");
		assertThat(ratio.platformMessage()).isEqualTo("Instagram 36003/2207009: The aspect ratio is not supported.");
		assertThat(key(error(-1, 2207001, "spam"))).isEqualTo("channel.failure.policy");
		assertThat(key(error(4, 2207051, "We restrict certain activity"))).isEqualTo("channel.failure.policy");
		assertThat(key(error(-2, 2207003, "It takes too long to download the media."))).isEqualTo("channel.failure.media");
		assertThat(key(error(9004, 2207052, "Media could not be fetched"))).isEqualTo("channel.failure.media");
		assertThat(key(error(36000, 2207004, "The image size is too large."))).isEqualTo("channel.failure.media");
		assertThat(key(error(9004, 2207005, "unsupported"))).isEqualTo("channel.failure.media");
		assertThat(key(error(352, 2207026, "unsupported video"))).isEqualTo("channel.failure.media");
		assertThat(key(error(100, 2207010, "caption too long"))).isEqualTo("channel.failure.tooLong");
		assertThat(key(error(100, 2207028, "carousel"))).isEqualTo("channel.failure.carousel");
		assertThat(key(error(506, 0, "Duplicate status message"))).isEqualTo("channel.failure.duplicate");
		assertThat(key(error(100, 0, "Invalid parameter"))).isEqualTo("channel.failure.refused");
	}

	@Test
	void thePublishingLimitWaitsPartOfItsWindow() {
		ChannelFailure limit = failure(400, error(9, 2207042, "You reached maximum number of posts"));
		assertThat(limit.kind()).isEqualTo(Kind.TRANSIENT);
		assertThat(limit.messageKey()).isEqualTo("channel.failure.limit");
		assertThat(limit.retryAfter()).isEqualTo(Duration.ofHours(3));
	}

	@Test
	void throttlingAndServerErrorsWaitAsTheHeadersSay() {
		ChannelFailure throttled = MetaErrors.failure("Threads", answer(429, error(4, 0, "Application request limit reached"),
				Map.of("Retry-After", List.of("7"))));
		assertThat(throttled.kind()).isEqualTo(Kind.TRANSIENT);
		assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(7));
		ChannelFailure usage = MetaErrors.failure("Instagram", answer(400, error(80002, 0, "too many calls"),
				Map.of("X-Business-Use-Case-Usage", List.of("{\"1784\":[{\"type\":\"instagram\",\"call_count\":100,"
						+ "\"estimated_time_to_regain_access\":12}]}"))));
		assertThat(usage.kind()).isEqualTo(Kind.TRANSIENT);
		assertThat(usage.retryAfter()).isEqualTo(Duration.ofMinutes(12));
		assertThat(failure(400, error(2, 0, "Service temporarily unavailable")).kind()).isEqualTo(Kind.TRANSIENT);
		assertThat(failure(400, "{\"error\":{\"message\":\"x\",\"code\":100,\"is_transient\":true}}").kind())
			.isEqualTo(Kind.TRANSIENT);
		ChannelFailure proxy = failure(502, "<html>Bad Gateway</html>");
		assertThat(proxy.kind()).isEqualTo(Kind.TRANSIENT);
		assertThat(proxy.platformMessage()).isEqualTo("Instagram HTTP 502: HTTP 502");
		assertThat(proxy.retryAfter()).isNull();
	}

	private static String key(String body) {
		return failure(400, body).messageKey();
	}

	private static ChannelFailure failure(int status, String body) {
		return MetaErrors.failure("Instagram", answer(status, body, Map.of()));
	}

	private static PlatformHttp.Answer answer(int status, String body, Map<String, List<String>> headers) {
		return new PlatformHttp.Answer(status, body, HttpHeaders.of(headers, (name, value) -> true));
	}

	private static String error(int code, int subcode, String message) {
		return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
				+ (subcode == 0 ? "" : ",\"error_subcode\":" + subcode) + ",\"fbtrace_id\":\"AbC\"}}";
	}
}
