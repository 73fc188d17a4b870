package id.warta.channels.internal.meta;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import id.warta.channels.ChannelFailure;
import id.warta.channels.ChannelFailure.Kind;
import id.warta.channels.internal.PlatformHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Meta's Graph API errors, {@code {"error":{"message","type","code","error_subcode","error_user_msg","fbtrace_id"}}},
 * as Facebook, Instagram and Threads send them, turned into what the dispatcher does (channels/API-CONTRACTS.md §1,
 * §2, §7). The subcode is read before the code: code 368 or 4 carry subcodes that mean something else.
 */
public final class GraphErrors {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private record Rule(Kind kind, String key) {
	}

	private static final Rule TOKEN = new Rule(Kind.TOKEN, "channel.failure.token");
	private static final Rule PERMISSION = new Rule(Kind.TOKEN, "channel.meta.permission");
	private static final Rule RETRY = new Rule(Kind.TRANSIENT, "channel.failure.transient");
	private static final Rule RETRY_MEDIA = new Rule(Kind.TRANSIENT, "channel.failure.media");
	private static final Rule MEDIA = permanent("channel.failure.media");
	private static final Rule POLICY = permanent("channel.failure.policy");
	private static final Rule DUPLICATE = permanent("channel.failure.duplicate");
	private static final Rule LINK = permanent("channel.meta.link");
	private static final Rule ASPECT_RATIO = permanent("channel.failure.aspectRatio");

	private static final Map<Integer, Rule> SUBCODES = Map.ofEntries(
			// Instagram: the account or object cannot be reached with this token any more.
			Map.entry(33, TOKEN),
			Map.entry(1390008, RETRY), // posting too fast (under 368): Meta says wait and retry
			Map.entry(1363047, RETRY), Map.entry(1609010, RETRY), // service unavailable
			Map.entry(1366046, MEDIA), // photo over 4 MB or not JPG/PNG
			Map.entry(2069019, MEDIA), // invalid file
			Map.entry(2061006, LINK), // invalid URL in the post
			Map.entry(1366051, DUPLICATE), // these photos were already posted
			Map.entry(1346003, POLICY), Map.entry(1404102, POLICY),
			Map.entry(1404078, new Rule(Kind.TOKEN, "channel.meta.pageAuthorization")),
			Map.entry(2207042, permanent("channel.failure.limit")), // Instagram publishing limit
			Map.entry(2207001, POLICY), // Instagram: spam
			Map.entry(2207003, RETRY_MEDIA), Map.entry(2207052, RETRY_MEDIA), // media download timed out, failed
			Map.entry(2207004, MEDIA), Map.entry(2207005, MEDIA), Map.entry(2207026, MEDIA), Map.entry(2207028, MEDIA),
			Map.entry(2207009, ASPECT_RATIO), Map.entry(2207010, permanent("channel.failure.tooLong")));

	private static final Map<Integer, Rule> CODES = Map.ofEntries(Map.entry(190, TOKEN), Map.entry(102, TOKEN),
			Map.entry(10, PERMISSION), Map.entry(1, RETRY), Map.entry(2, RETRY),
			// throttling: application, user, page, custom, app limit
			Map.entry(4, RETRY), Map.entry(17, RETRY), Map.entry(32, RETRY), Map.entry(341, RETRY),
			Map.entry(613, RETRY), Map.entry(368, POLICY), Map.entry(506, DUPLICATE), Map.entry(1609005, LINK),
			Map.entry(36003, ASPECT_RATIO));

	private GraphErrors() {
	}

	/** One error as Meta reports it; a missing code or subcode is 0. */
	public record GraphError(int code, int subcode, String type, String message, String userTitle,
			String userMessage, String traceId) {

		/** The platform's own words for the status board. */
		public String describe(String platform) {
			StringBuilder text = new StringBuilder(platform).append(' ').append(code);
			if (subcode != 0) {
				text.append('/').append(subcode);
			}
			text.append(": ").append(message);
			if (userMessage != null && !userMessage.equals(message)) {
				text.append(" (").append(userMessage).append(')');
			}
			if (traceId != null) {
				text.append(" [fbtrace_id ").append(traceId).append(']');
			}
			return text.toString();
		}
	}

	/** The error in a Graph API answer; empty when the body carries none (an HTML page from a proxy). */
	public static Optional<GraphError> parse(JsonNode body) {
		JsonNode error = body.path("error");
		if (!error.isObject()) {
			return Optional.empty();
		}
		return Optional.of(new GraphError(error.path("code").asInt(0), error.path("error_subcode").asInt(0),
				text(error, "type"), error.path("message").asText(""), text(error, "error_user_title"),
				text(error, "error_user_msg"), text(error, "fbtrace_id")));
	}

	/**
	 * What an answer that is not a success means: the token refused, a wait, or a refusal explained in Indonesian
	 * with the platform's own words kept.
	 *
	 * @param platform the name shown beside Meta's words, such as "Facebook"
	 */
	public static ChannelFailure failure(String platform, PlatformHttp.Answer answer) {
		JsonNode body = answer.json();
		Optional<GraphError> error = parse(body);
		String words = error.map(e -> e.describe(platform))
			.orElse(platform + " HTTP " + answer.status() + ": " + abbreviate(answer.body()));
		Rule rule = answer.body() != null && answer.body().contains("REVOKED_ACCESS_TOKEN") ? TOKEN
				: error.map(GraphErrors::rule).orElse(null);
		if (rule == null) {
			rule = answer.status() == 429 || answer.status() >= 500 ? RETRY : permanent("channel.failure.refused");
		}
		return new ChannelFailure(rule.kind(), rule.key(), words,
				rule.kind() == Kind.TRANSIENT ? retryAfter(answer) : null);
	}

	/**
	 * Like {@link #failure(String, PlatformHttp.Answer)}, for the call that makes a post public: a server error
	 * that is not in Graph's own format (a proxy's 502 or 504) may have come after Meta made the post, so it is
	 * ambiguous and reconciled rather than sent again.
	 */
	public static ChannelFailure failure(String platform, PlatformHttp.Answer answer, boolean publicStep) {
		if (publicStep && answer.status() >= 500 && parse(answer.json()).isEmpty()) {
			return ChannelFailure.ambiguous(platform + " HTTP " + answer.status() + ": " + abbreviate(answer.body()));
		}
		return failure(platform, answer);
	}

	private static Rule rule(GraphError error) {
		Rule bySubcode = SUBCODES.get(error.subcode());
		if (bySubcode != null) {
			return bySubcode;
		}
		if (error.code() >= 200 && error.code() <= 299) {
			return PERMISSION;
		}
		if (error.code() >= 80001 && error.code() <= 80014) {
			return RETRY; // Business Use Case throttling (Pages, Instagram, …)
		}
		return CODES.get(error.code());
	}

	/**
	 * How long Meta asked us to wait: {@code Retry-After} in seconds, else the longest
	 * {@code estimated_time_to_regain_access} (minutes) in {@code X-Business-Use-Case-Usage}; null when neither says.
	 */
	static Duration retryAfter(PlatformHttp.Answer answer) {
		Optional<String> seconds = answer.header("Retry-After").map(String::strip);
		if (seconds.isPresent() && seconds.get().matches("\\d{1,9}")) {
			return Duration.ofSeconds(Long.parseLong(seconds.get()));
		}
		long minutes = 0;
		try {
			JsonNode usage = JSON.readTree(answer.header("X-Business-Use-Case-Usage").orElse("{}"));
			for (JsonNode entries : usage.values()) {
				for (JsonNode entry : entries.isArray() ? entries.values() : java.util.List.of(entries)) {
					minutes = Math.max(minutes, entry.path("estimated_time_to_regain_access").asLong(0));
				}
			}
		}
		catch (RuntimeException notJson) {
			// The header is described, not promised: without it the dispatcher's own backoff applies.
		}
		return minutes > 0 ? Duration.ofMinutes(minutes) : null;
	}

	private static Rule permanent(String key) {
		return new Rule(Kind.PERMANENT, key);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isValueNode() && !value.isNull() && !value.asText().isBlank() ? value.asText() : null;
	}

	private static String abbreviate(String body) {
		if (body == null || body.isBlank()) {
			return "(no body)";
		}
		String flat = body.strip().replaceAll("\\s+", " ");
		return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
	}
}
