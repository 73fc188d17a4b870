package id.warta.channels.internal.meta;

import java.time.Duration;
import java.util.Set;

import id.warta.channels.ChannelFailure;
import id.warta.channels.internal.PlatformHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Graph API error answers of Instagram and Threads ({@code {"error":{"code","error_subcode","message",…}}}, after
 * channels/API-CONTRACTS.md §1, §2 and §7) turned into what the dispatcher does: wait, stop with the reason
 * explained, or ask for the account to be connected again. The platform's own words and codes are kept.
 */
public final class MetaErrors {

	/** A publishing limit is a rolling window: waiting an eighth of it, eight attempts span the whole window. */
	static final int LIMIT_WAIT_PARTS = 8;
	static final Duration DAY = Duration.ofDays(1);

	/** Throttling: the app, the user or the business use case is over its call rate. */
	private static final Set<Integer> THROTTLING = Set.of(4, 17, 32, 341, 613, 80001, 80002, 80006);
	/** Meta's "temporary issue, try again". */
	private static final Set<Integer> TEMPORARY = Set.of(1, 2);
	private static final Set<Integer> TOKEN_CODES = Set.of(190, 102);
	private static final int TOKEN_SUBCODE = 33;
	private static final int PERMISSION = 10;

	private static final int PUBLISHING_LIMIT = 2207042;
	private static final Set<Integer> POLICY = Set.of(2207001, 2207051, 368);
	private static final Set<Integer> MEDIA = Set.of(2207003, 2207052, 2207004, 2207005, 2207026);
	private static final Set<Integer> ASPECT_RATIO = Set.of(2207009, 36003);
	private static final int CAPTION_TOO_LONG = 2207010;
	private static final int CAROUSEL_INVALID = 2207028;
	private static final int DUPLICATE = 506;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private MetaErrors() {
	}

	/**
	 * What an answer that is not 2xx means.
	 *
	 * @param platform the platform's name, put before its words for the status board
	 */
	public static ChannelFailure failure(String platform, PlatformHttp.Answer answer) {
		JsonNode error = answer.json().path("error");
		int code = error.path("code").asInt(0);
		int subcode = error.path("error_subcode").asInt(0);
		String words = words(platform, answer.status(), error, code, subcode);
		if (TOKEN_CODES.contains(code) || subcode == TOKEN_SUBCODE || answer.body() != null
				&& answer.body().contains("REVOKED_ACCESS_TOKEN") || answer.status() == 401) {
			return ChannelFailure.token(words);
		}
		// Instagram's own subcodes come with generic codes (4, 9, 36000, -1), so they are read first.
		int specific = subcode != 0 ? subcode : code;
		if (specific == PUBLISHING_LIMIT || code == PUBLISHING_LIMIT) {
			return limit(words, DAY);
		}
		String key = permanentKey(specific, code);
		if (key != null) {
			return ChannelFailure.permanent(key, words);
		}
		if (answer.status() == 429 || answer.status() >= 500 || THROTTLING.contains(code) || TEMPORARY.contains(code)
				|| error.path("is_transient").asBoolean(false)) {
			return ChannelFailure.transientFailure(words, retryAfter(answer));
		}
		if (code == PERMISSION || code >= 200 && code <= 299) {
			// A permission the account did not grant: connecting again and granting it is the way out.
			return new ChannelFailure(ChannelFailure.Kind.TOKEN, "channel.failure.permission", words, null);
		}
		return ChannelFailure.permanent("channel.failure.refused", words);
	}

	/** The publishing limit is reached: wait part of its window, then try again. */
	public static ChannelFailure limit(String words, Duration window) {
		return new ChannelFailure(ChannelFailure.Kind.TRANSIENT, "channel.failure.limit", words,
				window.dividedBy(LIMIT_WAIT_PARTS));
	}

	private static String permanentKey(int specific, int code) {
		if (POLICY.contains(specific) || POLICY.contains(code)) {
			return "channel.failure.policy";
		}
		if (MEDIA.contains(specific)) {
			return "channel.failure.media";
		}
		if (ASPECT_RATIO.contains(specific) || ASPECT_RATIO.contains(code)) {
			return "channel.failure.aspectRatio";
		}
		if (specific == CAPTION_TOO_LONG) {
			return "channel.failure.tooLong";
		}
		if (specific == CAROUSEL_INVALID) {
			return "channel.failure.carousel";
		}
		if (code == DUPLICATE) {
			return "channel.failure.duplicate";
		}
		return null;
	}

	/**
	 * How long to wait: {@code Retry-After} in seconds when given, else the longest
	 * {@code estimated_time_to_regain_access} (minutes) in the business use case usage header; null when neither.
	 */
	static Duration retryAfter(PlatformHttp.Answer answer) {
		var seconds = answer.header("Retry-After").map(String::strip).filter(value -> value.matches("\\d+"));
		if (seconds.isPresent()) {
			return Duration.ofSeconds(Long.parseLong(seconds.get()));
		}
		return answer.header("X-Business-Use-Case-Usage").map(MetaErrors::regainAccess).orElse(null);
	}

	private static Duration regainAccess(String header) {
		long minutes = 0;
		try {
			for (JsonNode uses : JSON.readTree(header)) {
				for (JsonNode use : uses) {
					minutes = Math.max(minutes, use.path("estimated_time_to_regain_access").asLong(0));
				}
			}
		}
		catch (RuntimeException notJson) {
			return null;
		}
		return minutes > 0 ? Duration.ofMinutes(minutes) : null;
	}

	private static String words(String platform, int status, JsonNode error, int code, int subcode) {
		String message = error.path("error_user_msg").asText("");
		if (message.isBlank()) {
			message = error.path("message").asText("HTTP " + status);
		}
		return platform + " " + (code == 0 ? "HTTP " + status : code + (subcode == 0 ? "" : "/" + subcode)) + ": "
				+ message;
	}
}
