package id.warta.channels.internal.x;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import id.warta.channels.ChannelFailure;
import id.warta.channels.internal.PlatformHttp;
import tools.jackson.databind.JsonNode;

/**
 * X's refusals (RFC 7807 problem JSON, channels/API-CONTRACTS.md §3) as the dispatcher understands them: 429 waits
 * until the rate-limit window resets, 5xx waits, 401 asks for reconnecting, duplicate content and other refusals
 * stop with the platform's own words.
 */
final class XErrors {

	static final String USAGE_CAPPED = "channel.failure.x.usageCapped";

	/** The rate-limit windows X reports in headers; a window with nothing left is what a 429 waits for. */
	private static final List<String> WINDOWS = List.of("x-rate-limit", "x-user-limit-24hour", "x-app-limit-24hour");

	private XErrors() {
	}

	/**
	 * @param otherwise the message key of a refusal that says nothing more specific (a media upload's refusal is
	 * about the media, a post's about the post)
	 */
	static ChannelFailure failure(PlatformHttp.Answer answer, Clock clock, String otherwise) {
		JsonNode json = answer.json();
		String words = words(answer, json);
		int status = answer.status();
		String type = json.path("type").asString("");
		if (type.contains("usage-capped") || json.path("title").asString("").equals("UsageCapExceeded")) {
			// The project's posting cap runs per billing cycle: days or weeks away, far past what retrying in the
			// background covers. A person decides to wait for the reset or raise the plan, then tries again.
			return ChannelFailure.permanent(USAGE_CAPPED, words);
		}
		if (status == 429) {
			return ChannelFailure.transientFailure(words, rateLimitWait(answer, clock).orElse(null));
		}
		if (status >= 500) {
			return ChannelFailure.transientFailure(words, retryAfter(answer).orElse(null));
		}
		if (status == 401) {
			return ChannelFailure.token(words);
		}
		String lower = words.toLowerCase(Locale.ROOT);
		if (lower.contains("duplicate")) {
			return ChannelFailure.permanent("channel.failure.duplicate", words);
		}
		if (lower.contains("too long") || lower.contains("text length")) {
			return ChannelFailure.permanent("channel.failure.tooLong", words);
		}
		if (lower.contains("media")) {
			return ChannelFailure.permanent("channel.failure.media", words);
		}
		return ChannelFailure.permanent(otherwise, words);
	}

	/**
	 * X's words: a problem's {@code title} and {@code detail}, each validation error's {@code message}, or an OAuth
	 * error's {@code error} and {@code error_description}.
	 */
	static String words(PlatformHttp.Answer answer, JsonNode json) {
		List<String> parts = new ArrayList<>();
		for (String field : List.of("title", "detail", "error", "error_description")) {
			String value = json.path(field).asString("");
			if (!value.isBlank() && !parts.contains(value)) {
				parts.add(value);
			}
		}
		for (JsonNode error : json.path("errors")) {
			String message = error.path("message").asString("");
			if (!message.isBlank() && !parts.contains(message)) {
				parts.add(message);
			}
		}
		return "X " + answer.status() + (parts.isEmpty() ? "" : ": " + String.join(" — ", parts));
	}

	/** Until the latest reset among the windows that are used up (or the only one X named). */
	static Optional<Duration> rateLimitWait(PlatformHttp.Answer answer, Clock clock) {
		Optional<Instant> reset = Optional.empty();
		for (String window : WINDOWS) {
			Optional<Instant> at = answer.header(window + "-reset").flatMap(XErrors::epochSeconds);
			boolean usedUp = answer.header(window + "-remaining").map(left -> left.strip().equals("0")).orElse(true);
			if (at.isPresent() && usedUp && (reset.isEmpty() || at.get().isAfter(reset.get()))) {
				reset = at;
			}
		}
		Instant now = clock.instant();
		return reset.map(at -> at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO).or(() -> retryAfter(answer));
	}

	private static Optional<Duration> retryAfter(PlatformHttp.Answer answer) {
		return answer.header("retry-after").flatMap(XErrors::number).map(Duration::ofSeconds);
	}

	private static Optional<Instant> epochSeconds(String value) {
		return number(value).map(Instant::ofEpochSecond);
	}

	private static Optional<Long> number(String value) {
		try {
			return Optional.of(Long.parseLong(value.strip()));
		}
		catch (NumberFormatException notANumber) {
			return Optional.empty();
		}
	}
}
