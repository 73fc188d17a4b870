package id.warta.channels.internal.telegram;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.warta.channels.ChannelConnector;
import id.warta.channels.ChannelCredentials;
import id.warta.channels.ChannelFailure;
import id.warta.channels.Post;
import id.warta.channels.PostMedia;
import id.warta.channels.Posted;
import id.warta.channels.Progress;
import id.warta.channels.Reconciliation;
import id.warta.channels.internal.ChannelSettings;
import id.warta.channels.internal.PlatformHttp;
import id.warta.newsroom.Channel;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A Telegram channel through the Bot API: text with the story's link, a photo, an album of up to ten, or a video,
 * each sent by URL. Every {@code send*} makes the post public, and Telegram has no way to look a message up, so an
 * unanswered send is reported for a person to check, never repeated.
 */
@Component
class TelegramConnector implements ChannelConnector {

	static final String MESSAGE_IDS = "telegram.messageIds";
	private static final int ALBUM_MAX = 10;

	private final PlatformHttp http;
	private final ChannelSettings settings;

	TelegramConnector(PlatformHttp http, ChannelSettings settings) {
		this.http = http;
		this.settings = settings;
	}

	@Override
	public Channel channel() {
		return Channel.TELEGRAM;
	}

	@Override
	public Posted publish(Post post, ChannelCredentials credentials, Progress progress) {
		String text = post.text().contains(post.link()) ? post.text() : post.text() + "\n\n" + post.link();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("chat_id", credentials.accountRef());
		String method;
		if (post.video() != null) {
			method = "sendVideo";
			body.put("video", post.video().url());
			body.put("caption", text);
		}
		else if (post.pictures().size() == 1) {
			method = "sendPhoto";
			body.put("photo", post.pictures().get(0).url());
			body.put("caption", text);
		}
		else if (post.pictures().size() > 1) {
			method = "sendMediaGroup";
			List<Map<String, Object>> album = new ArrayList<>();
			for (PostMedia picture : post.pictures().subList(0, Math.min(ALBUM_MAX, post.pictures().size()))) {
				Map<String, Object> item = new LinkedHashMap<>();
				item.put("type", "photo");
				item.put("media", picture.url());
				if (album.isEmpty()) {
					item.put("caption", text);
				}
				album.add(item);
			}
			body.put("media", album);
		}
		else {
			method = "sendMessage";
			body.put("text", text);
		}
		progress.beforePublicStep();
		PlatformHttp.Answer answer = http.send(call(credentials, method).POST(HttpRequest.BodyPublishers.ofString(
				PlatformHttp.json(body))), true);
		JsonNode json = answer.json();
		if (!answer.ok() || !json.path("ok").asBoolean(false)) {
			throw failure(answer, json);
		}
		JsonNode result = json.path("result");
		JsonNode first = result.isArray() ? result.path(0) : result;
		List<String> ids = new ArrayList<>();
		(result.isArray() ? result.values() : List.of(result)).forEach(message -> ids.add(message.path("message_id").asText()));
		String externalId = String.join(",", ids);
		progress.save(MESSAGE_IDS, externalId);
		return new Posted(externalId, permalink(first.path("chat"), first.path("message_id").asText(), credentials));
	}

	@Override
	public Reconciliation reconcile(Post post, ChannelCredentials credentials, Progress progress) {
		// The answer was lost after the send: only the ids we kept can tell, and Telegram cannot be asked.
		return progress.get(MESSAGE_IDS)
			.map(ids -> Reconciliation.published(new Posted(ids, null)))
			.orElse(Reconciliation.unknown());
	}

	@Override
	public boolean canWithdraw() {
		return true;
	}

	@Override
	public void withdraw(Posted post, ChannelCredentials credentials) {
		for (String id : post.externalId().split(",")) {
			PlatformHttp.Answer answer = http.send(call(credentials, "deleteMessage").POST(HttpRequest.BodyPublishers
				.ofString(PlatformHttp.json(Map.of("chat_id", credentials.accountRef(), "message_id", Long.parseLong(id))))),
					false);
			if (!answer.ok()) {
				throw failure(answer, answer.json());
			}
		}
	}

	private HttpRequest.Builder call(ChannelCredentials credentials, String method) {
		URI base = settings.platform(Channel.TELEGRAM).api();
		return HttpRequest.newBuilder(URI.create(base + "/bot" + credentials.accessToken() + "/" + method))
			.header("Content-Type", "application/json");
	}

	/** 429 and 5xx wait (for {@code retry_after} when given); 401 and 403 need the bot set up again. */
	static ChannelFailure failure(PlatformHttp.Answer answer, JsonNode json) {
		int code = json.path("error_code").asInt(answer.status());
		String description = json.path("description").asText("HTTP " + answer.status());
		if (code == 429 || answer.status() >= 500) {
			JsonNode retryAfter = json.path("parameters").path("retry_after");
			return ChannelFailure.transientFailure(description,
					retryAfter.isNumber() ? Duration.ofSeconds(retryAfter.asLong()) : null);
		}
		if (code == 401 || code == 403) {
			return ChannelFailure.token(description);
		}
		String key = description.contains("wrong file") || description.contains("failed to get HTTP URL content")
				? "channel.failure.media" : "channel.failure.refused";
		return ChannelFailure.permanent(key, "Telegram " + code + ": " + description);
	}

	/** {@code https://t.me/{username}/{id}}, or for a private channel {@code https://t.me/c/{id}/{message}}. */
	private static String permalink(JsonNode chat, String messageId, ChannelCredentials credentials) {
		String username = chat.path("username").asText(null);
		if (username == null && credentials.accountRef().startsWith("@")) {
			username = credentials.accountRef().substring(1);
		}
		if (username != null) {
			return "https://t.me/" + username + "/" + messageId;
		}
		String id = chat.path("id").asText(credentials.accountRef());
		return "https://t.me/c/" + (id.startsWith("-100") ? id.substring(4) : id) + "/" + messageId;
	}
}
