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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Graph API errors in the shape of channels/API-CONTRACTS.md §1–2, and what each makes the dispatcher do. */
class GraphErrorsTests {

	@ParameterizedTest(name = "{0}/{1} -> {2} {3}")
	@CsvSource({
			// token: expired, app removed, password changed, logged out, session key, Instagram's subcode 33
			"190, 463, TOKEN, channel.failure.token", "190, 458, TOKEN, channel.failure.token",
			"190, 460, TOKEN, channel.failure.token", "190, 467, TOKEN, channel.failure.token",
			"102, 0, TOKEN, channel.failure.token", "100, 33, TOKEN, channel.failure.token",
			// permission missing
			"10, 0, TOKEN, channel.meta.permission", "200, 0, TOKEN, channel.meta.permission",
			"299, 0, TOKEN, channel.meta.permission",
			// throttling and temporary trouble
			"4, 0, TRANSIENT, channel.failure.transient", "17, 0, TRANSIENT, channel.failure.transient",
			"32, 0, TRANSIENT, channel.failure.transient", "341, 0, TRANSIENT, channel.failure.transient",
			"613, 0, TRANSIENT, channel.failure.transient", "80001, 0, TRANSIENT, channel.failure.transient",
			"1, 0, TRANSIENT, channel.failure.transient", "2, 0, TRANSIENT, channel.failure.transient",
			"368, 1390008, TRANSIENT, channel.failure.transient", "1, 1363047, TRANSIENT, channel.failure.transient",
			"1, 1609010, TRANSIENT, channel.failure.transient",
			// Facebook refusals
			"368, 0, PERMANENT, channel.failure.policy", "368, 1346003, PERMANENT, channel.failure.policy",
			"368, 1404102, PERMANENT, channel.failure.policy", "506, 0, PERMANENT, channel.failure.duplicate",
			"100, 1366051, PERMANENT, channel.failure.duplicate", "1609005, 0, PERMANENT, channel.meta.link",
			"100, 2061006, PERMANENT, channel.meta.link", "100, 1366046, PERMANENT, channel.failure.media",
			"100, 2069019, PERMANENT, channel.failure.media",
			"200, 1404078, TOKEN, channel.meta.pageAuthorization",
			// Instagram (and Threads, which answers in the same format)
			"9, 2207042, PERMANENT, channel.failure.limit", "4, 2207042, PERMANENT, channel.failure.limit",
			"100, 2207001, PERMANENT, channel.failure.policy", "-2, 2207003, TRANSIENT, channel.failure.media",
			"-2, 2207052, TRANSIENT, channel.failure.media", "-2, 2207004, PERMANENT, channel.failure.media",
			"-2, 2207005, PERMANENT, channel.failure.media", "-2, 2207026, PERMANENT, channel.failure.media",
			"100, 2207028, PERMANENT, channel.failure.media", "36003, 2207009, PERMANENT, channel.failure.aspectRatio",
			"36003, 0, PERMANENT, channel.failure.aspectRatio", "100, 2207010, PERMANENT, channel.failure.tooLong",
			// anything else the platform refuses
			"100, 0, PERMANENT, channel.failure.refused" })
	void eachCodeMeansWhatTheContractSays(int code, int subcode, Kind kind, String key) {
		ChannelFailure failure = GraphErrors.failure("Facebook", answer(400, error(code, subcode), Map.of()));

		assertThat(failure.kind()).isEqualTo(kind);
		assertThat(failure.messageKey()).isEqualTo(key);
	}

	@Test
	void thePlatformsOwnWordsAreKeptWithTheTraceId() {
		String body = """
				{"error":{"message":"(#506) Duplicate status message","type":"OAuthException","code":506,
				"error_subcode":1455006,"error_user_title":"Duplicate Status Update",
				"error_user_msg":"This status update is identical to the last one you posted.","fbtrace_id":"AbCdEf123"}}""";

		ChannelFailure failure = GraphErrors.failure("Facebook", answer(400, body, Map.of()));

		assertThat(failure.platformMessage()).isEqualTo("Facebook 506/1455006: (#506) Duplicate status message "
				+ "(This status update is identical to the last one you posted.) [fbtrace_id AbCdEf123]");
		assertThat(GraphErrors.parse(answer(400, body, Map.of()).json())).hasValueSatisfying(error -> {
			assertThat(error.type()).isEqualTo("OAuthException");
			assertThat(error.userTitle()).isEqualTo("Duplicate Status Update");
		});
	}

	@Test
	void aRevokedTokenIsATokenProblemWhateverTheCode() {
		String body = "{\"error\":{\"message\":\"REVOKED_ACCESS_TOKEN\",\"code\":100,\"fbtrace_id\":\"x\"}}";

		assertThat(GraphErrors.failure("Instagram", answer(400, body, Map.of())).kind()).isEqualTo(Kind.TOKEN);
	}

	@Test
	void withoutAGraphErrorTheHttpStatusDecides() {
		ChannelFailure gateway = GraphErrors.failure("Threads", answer(502, "<html>Bad Gateway</html>", Map.of()));
		ChannelFailure refused = GraphErrors.failure("Threads", answer(400, "", Map.of()));

		assertThat(gateway.kind()).isEqualTo(Kind.TRANSIENT);
		assertThat(gateway.platformMessage()).isEqualTo("Threads HTTP 502: <html>Bad Gateway</html>");
		assertThat(GraphErrors.failure("Threads", answer(429, "{}", Map.of())).kind()).isEqualTo(Kind.TRANSIENT);
		assertThat(refused.kind()).isEqualTo(Kind.PERMANENT);
		assertThat(refused.messageKey()).isEqualTo("channel.failure.refused");
	}

	@Test
	void aProxysServerErrorAfterThePublicStepLeavesItUnclear() {
		PlatformHttp.Answer gateway = answer(504, "<html>Gateway Timeout</html>", Map.of());
		PlatformHttp.Answer meta = answer(500, error(2, 0), Map.of());

		assertThat(GraphErrors.failure("Facebook", gateway, true).kind()).isEqualTo(Kind.AMBIGUOUS);
		assertThat(GraphErrors.failure("Facebook", gateway, false).kind()).isEqualTo(Kind.TRANSIENT);
		assertThat(GraphErrors.failure("Facebook", meta, true).kind()).as("Meta said: retry").isEqualTo(Kind.TRANSIENT);
		assertThat(GraphErrors.failure("Facebook", answer(400, error(506, 0), Map.of()), true).kind())
			.isEqualTo(Kind.PERMANENT);
	}

	@Test
	void aWaitIsTakenFromRetryAfterOrTheBusinessUseCaseHeader() {
		assertThat(GraphErrors.failure("Facebook", answer(429, error(4, 0), Map.of("Retry-After", "7"))).retryAfter())
			.isEqualTo(Duration.ofSeconds(7));
		String usage = "{\"112233\":[{\"type\":\"pages\",\"call_count\":100,\"total_cputime\":20,\"total_time\":30,"
				+ "\"estimated_time_to_regain_access\":3},{\"type\":\"pages\",\"estimated_time_to_regain_access\":12}]}";
		assertThat(GraphErrors.failure("Facebook", answer(400, error(80001, 0), Map.of("X-Business-Use-Case-Usage", usage)))
			.retryAfter()).isEqualTo(Duration.ofMinutes(12));
		assertThat(GraphErrors.failure("Facebook", answer(400, error(17, 0), Map.of("X-Business-Use-Case-Usage", "nonsense")))
			.retryAfter()).isNull();
		assertThat(GraphErrors.failure("Facebook", answer(400, error(506, 0), Map.of("Retry-After", "7"))).retryAfter())
			.as("only a wait is timed").isNull();
	}

	private static String error(int code, int subcode) {
		return "{\"error\":{\"message\":\"(#" + code + ") Meta says no\",\"type\":\"OAuthException\",\"code\":" + code
				+ (subcode == 0 ? "" : ",\"error_subcode\":" + subcode) + ",\"fbtrace_id\":\"A1b2C3\"}}";
	}

	private static PlatformHttp.Answer answer(int status, String body, Map<String, String> headers) {
		Map<String, List<String>> all = new java.util.HashMap<>();
		headers.forEach((name, value) -> all.put(name, List.of(value)));
		return new PlatformHttp.Answer(status, body, HttpHeaders.of(all, (name, value) -> true));
	}
}
