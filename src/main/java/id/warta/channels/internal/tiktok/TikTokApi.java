package id.warta.channels.internal.tiktok;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.warta.channels.internal.ChannelSettings;
import id.warta.channels.internal.PlatformHttp;
import id.warta.newsroom.Channel;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** TikTok's Content Posting API calls: JSON in and out, the user's token as a bearer, errors in {@code error}. */
@Component
class TikTokApi {

	/**
	 * The creator's account as TikTok shows it before a post, and what the post may choose.
	 *
	 * @param privacyLevels who may see a post, as the creator's account allows (private accounts: not everyone)
	 * @param maxVideoSeconds the longest video the creator may post
	 */
	record CreatorInfo(String username, String nickname, List<String> privacyLevels, boolean commentDisabled,
			boolean duetDisabled, boolean stitchDisabled, long maxVideoSeconds) {

		/** Everyone where offered; otherwise the first level TikTok offers (an unaudited app: only private). */
		String privacyLevel() {
			return privacyLevels.contains("PUBLIC_TO_EVERYONE") || privacyLevels.isEmpty() ? "PUBLIC_TO_EVERYONE"
					: privacyLevels.get(0);
		}
	}

	private final PlatformHttp http;
	private final ChannelSettings settings;

	TikTokApi(PlatformHttp http, ChannelSettings settings) {
		this.http = http;
		this.settings = settings;
	}

	CreatorInfo creatorInfo(String token) {
		JsonNode data = data(post("/post/publish/creator_info/query/", token, null, false));
		List<String> levels = new ArrayList<>();
		data.path("privacy_level_options").values().forEach(level -> levels.add(level.asText()));
		return new CreatorInfo(data.path("creator_username").asText(null), data.path("creator_nickname").asText(null),
				levels, data.path("comment_disabled").asBoolean(false), data.path("duet_disabled").asBoolean(false),
				data.path("stitch_disabled").asBoolean(false), data.path("max_video_post_duration_sec").asLong(0));
	}

	/** {@code POST /v2{path}} with a JSON body (or none); the answer as it came. */
	PlatformHttp.Answer post(String path, String token, Map<String, ?> body, boolean publicStep) {
		return http.send(HttpRequest.newBuilder(URI.create(settings.platform(Channel.TIKTOK).api() + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json; charset=UTF-8")
			.POST(body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(PlatformHttp.json(body))), publicStep);
	}

	/** The answer's {@code data}, or the failure its {@code error} means. */
	static JsonNode data(PlatformHttp.Answer answer) {
		JsonNode json = answer.json();
		String code = json.path("error").path("code").asText("ok");
		if (!answer.ok() || !"ok".equals(code)) {
			throw TikTokFailures.of(answer);
		}
		return json.path("data");
	}
}
