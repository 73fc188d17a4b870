package id.warta.channels.internal.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.util.Map;

import id.warta.channels.ChannelFailure;
import id.warta.channels.ChannelFailure.Kind;
import id.warta.channels.internal.PlatformHttp;
import org.junit.jupiter.api.Test;

/** How TikTok's {@code error.code} and a failed post's {@code fail_reason} become failures. */
class TikTokFailuresTests {

	@Test
	void tokenErrorsAskForReconnecting() {
		assertThat(of(401, "access_token_invalid").kind()).isEqualTo(Kind.TOKEN);
		assertThat(of(401, "scope_not_authorized").kind()).isEqualTo(Kind.TOKEN);
		assertThat(TikTokFailures.failed("auth_removed").kind()).isEqualTo(Kind.TOKEN);
	}

	@Test
	void rateLimitsAndServerErrorsAreTriedAgain() {
		assertThat(of(429, "rate_limit_exceeded").kind()).isEqualTo(Kind.TRANSIENT);
		assertThat(of(500, "internal_error").kind()).isEqualTo(Kind.TRANSIENT);
		assertThat(TikTokFailures.failed("internal").kind()).isEqualTo(Kind.TRANSIENT);
	}

	@Test
	void refusalsSayWhy() {
		assertThat(of(403, "spam_risk_too_many_posts").messageKey()).isEqualTo("channel.failure.limit");
		assertThat(of(403, "spam_risk_user_banned_from_posting").messageKey()).isEqualTo("channel.failure.policy");
		assertThat(of(400, "invalid_params").messageKey()).isEqualTo("channel.failure.refused");
		assertThat(of(403, "url_ownership_unverified").messageKey()).isEqualTo("channel.tiktok.unverifiedDomain");
		assertThat(of(400, "privacy_level_option_mismatch").messageKey()).isEqualTo("channel.tiktok.privacy");
		assertThat(of(403, "unaudited_client_can_only_post_to_private_accounts").messageKey())
			.isEqualTo("channel.tiktok.unaudited");
		assertThat(of(400, "invalid_file_upload").messageKey()).isEqualTo("channel.failure.media");
		ChannelFailure invalid = of(400, "invalid_params");
		assertThat(invalid.kind()).isEqualTo(Kind.PERMANENT);
		assertThat(invalid.platformMessage()).contains("invalid_params").contains("Said by TikTok").contains("log_id");
	}

	@Test
	void aFailedPostIsAProcessingFailureUnlessTheAccountIsToBlame() {
		assertThat(TikTokFailures.failed("file_format_check_failed").messageKey()).isEqualTo("channel.failure.processing");
		assertThat(TikTokFailures.failed("duration_check_failed").messageKey()).isEqualTo("channel.failure.processing");
		assertThat(TikTokFailures.failed("spam_risk_too_many_posts").messageKey()).isEqualTo("channel.failure.limit");
		assertThat(TikTokFailures.failed("spam_risk_text").messageKey()).isEqualTo("channel.failure.policy");
		assertThat(TikTokFailures.failed("").platformMessage()).contains("no reason given");
	}

	private static ChannelFailure of(int status, String code) {
		return TikTokFailures.of(new PlatformHttp.Answer(status, "{\"data\":{},\"error\":{\"code\":\"" + code
				+ "\",\"message\":\"Said by TikTok\",\"log_id\":\"20241201\"}}", HttpHeaders.of(Map.of(), (n, v) -> true)));
	}
}
