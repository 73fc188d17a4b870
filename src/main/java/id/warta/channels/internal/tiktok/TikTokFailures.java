package id.warta.channels.internal.tiktok;

import java.time.Duration;
import java.util.Set;

import id.warta.channels.ChannelFailure;
import id.warta.channels.internal.PlatformHttp;
import tools.jackson.databind.JsonNode;

/**
 * What TikTok's errors mean for a post: the API's {@code error.code}
 * ({@code {"data":{},"error":{"code","message","log_id"}}}) and a failed post's {@code fail_reason}.
 */
final class TikTokFailures {

	private static final Set<String> TOKEN = Set.of("access_token_invalid", "scope_not_authorized",
			"scope_permission_missed", "auth_removed");
	private static final Set<String> LIMIT = Set.of("spam_risk_too_many_posts", "spam_risk_too_many_pending_share",
			"reached_active_user_cap");
	private static final Set<String> MEDIA = Set.of("invalid_file_upload", "file_format_check_failed",
			"duration_check_failed", "frame_rate_check_failed", "picture_size_check_failed");

	private TikTokFailures() {
	}

	/** An error answer of the API: its {@code error.code}, else the HTTP status. */
	static ChannelFailure of(PlatformHttp.Answer answer) {
		JsonNode error = answer.json().path("error");
		String code = error.path("code").asText("");
		String words = "TikTok " + answer.status() + (code.isEmpty() ? "" : " " + code) + ": "
				+ error.path("message").asText("") + logId(error);
		if ("rate_limit_exceeded".equals(code) || answer.status() == 429) {
			// TikTok's limits are per minute (init 6, status 30); the dispatcher's own wait fits them.
			return ChannelFailure.transientFailure(words, answer.header("Retry-After")
				.filter(value -> value.strip().matches("\\d+"))
				.map(value -> Duration.ofSeconds(Long.parseLong(value.strip())))
				.orElse(null));
		}
		if ("internal_error".equals(code) || answer.status() >= 500) {
			return ChannelFailure.transientFailure(words, null);
		}
		if (TOKEN.contains(code) || answer.status() == 401) {
			return ChannelFailure.token(words);
		}
		if (MEDIA.contains(code)) {
			return ChannelFailure.permanent("channel.failure.media", words);
		}
		return ChannelFailure.permanent(switch (code) {
			case "privacy_level_option_mismatch" -> "channel.tiktok.privacy";
			case "url_ownership_unverified" -> "channel.tiktok.unverifiedDomain";
			case "unaudited_client_can_only_post_to_private_accounts" -> "channel.tiktok.unaudited";
			default -> account(code, "channel.failure.refused");
		}, words);
	}

	/** A post that ended {@code FAILED}: apart from the account's standing, TikTok's processing refused the video. */
	static ChannelFailure failed(String failReason) {
		String words = "TikTok FAILED: " + (failReason.isEmpty() ? "no reason given" : failReason);
		if (failReason.equals("internal")) {
			return ChannelFailure.transientFailure(words, null);
		}
		if (TOKEN.contains(failReason)) {
			return ChannelFailure.token(words);
		}
		return ChannelFailure.permanent(account(failReason, "channel.failure.processing"), words);
	}

	/** The account's standing: too many posts, or a spam verdict; else {@code otherwise}. */
	private static String account(String code, String otherwise) {
		if (LIMIT.contains(code)) {
			return "channel.failure.limit";
		}
		return code.startsWith("spam_risk") ? "channel.failure.policy" : otherwise;
	}

	private static String logId(JsonNode error) {
		String id = error.path("log_id").asText("");
		return id.isEmpty() ? "" : " (log_id " + id + ")";
	}
}
