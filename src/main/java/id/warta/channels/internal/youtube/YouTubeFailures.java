package id.warta.channels.internal.youtube;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import id.warta.channels.ChannelFailure;
import id.warta.channels.internal.PlatformHttp;
import tools.jackson.databind.JsonNode;

/**
 * What a YouTube Data API error means for a post (Google's error format,
 * {@code {"error":{"code","message","errors":[{"domain","reason"}]}}}).
 */
final class YouTubeFailures {

	/** YouTube's daily quota starts again at midnight Pacific time. */
	static final ZoneId QUOTA_ZONE = ZoneId.of("America/Los_Angeles");
	private static final Set<String> QUOTA = Set.of("quotaExceeded", "dailyLimitExceeded");
	private static final Set<String> RATE = Set.of("rateLimitExceeded", "userRateLimitExceeded");
	private static final Set<String> METADATA = Set.of("invalidTitle", "invalidDescription", "invalidTags",
			"invalidCategoryId");
	private static final Set<String> TOKEN = Set.of("authError", "insufficientPermissions");

	private YouTubeFailures() {
	}

	static ChannelFailure of(PlatformHttp.Answer answer, Instant now) {
		JsonNode error = answer.json().path("error");
		JsonNode first = error.path("errors").path(0);
		String reason = first.path("reason").asText("");
		String words = "YouTube " + answer.status() + (reason.isEmpty() ? "" : " " + reason) + ": "
				+ error.path("message").asText(first.path("message").asText("HTTP " + answer.status()));
		if (answer.status() == 401 || TOKEN.contains(reason)) {
			return ChannelFailure.token(words);
		}
		if (QUOTA.contains(reason)) {
			// Waiting less only spends attempts on a quota that is certainly still used up.
			return new ChannelFailure(ChannelFailure.Kind.TRANSIENT, "channel.youtube.quota", words,
					untilQuotaResets(now));
		}
		if (RATE.contains(reason) || answer.status() == 429 || answer.status() >= 500) {
			return ChannelFailure.transientFailure(words, retryAfter(answer));
		}
		if ("uploadLimitExceeded".equals(reason)) {
			return ChannelFailure.permanent("channel.failure.limit", words);
		}
		if (METADATA.contains(reason)) {
			return ChannelFailure.permanent("channel.youtube.metadata", words);
		}
		if ("youtubeSignupRequired".equals(reason)) {
			return ChannelFailure.permanent("channel.youtube.noChannel", words);
		}
		return ChannelFailure.permanent("channel.failure.refused", words);
	}

	/** A video YouTube took but would not keep: its {@code status.uploadStatus} and the reason given. */
	static ChannelFailure rejected(String uploadStatus, String reason) {
		String words = "YouTube uploadStatus " + uploadStatus + (reason.isEmpty() ? "" : ": " + reason);
		if (!"rejected".equals(uploadStatus)) {
			return ChannelFailure.permanent("channel.failure.processing", words);
		}
		return ChannelFailure.permanent(switch (reason) {
			case "duplicate" -> "channel.failure.duplicate";
			case "length" -> "channel.youtube.tooLong";
			case "uploaderAccountClosed", "uploaderAccountSuspended" -> "channel.failure.refused";
			default -> "channel.failure.policy";
		}, words);
	}

	static Duration untilQuotaResets(Instant now) {
		Instant midnight = LocalDate.ofInstant(now, QUOTA_ZONE).plusDays(1).atStartOfDay(QUOTA_ZONE).toInstant();
		return Duration.between(now, midnight).plusMinutes(5);
	}

	private static Duration retryAfter(PlatformHttp.Answer answer) {
		return answer.header("Retry-After").filter(value -> value.strip().matches("\\d+"))
			.map(value -> Duration.ofSeconds(Long.parseLong(value.strip())))
			.orElse(null);
	}
}
