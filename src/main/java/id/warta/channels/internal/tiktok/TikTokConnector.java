package id.warta.channels.internal.tiktok;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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
import id.warta.channels.internal.Polling;
import id.warta.newsroom.Channel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A TikTok account through the Content Posting API's direct post: the story's video uploaded in chunks, with the
 * approved text as its caption, then followed until TikTok publishes it. TikTok takes video here; photo posts
 * pull from a verified domain only, so the rules send TikTok stories with a video.
 * <p>
 * The init call and the bytes after it are what make the post public, and TikTok has no idempotency key: once
 * init is sent, it is not sent again while the post it made may still go public; the saved {@code publish_id} is
 * asked instead. Only a post TikTok failed, or whose bytes it refused, is given up and made anew.
 */
@Component
class TikTokConnector implements ChannelConnector {

	static final String PUBLISH_ID = "tiktok.publishId";
	/** The chunk being sent, {@code index/count@publish_id}: a post whose last chunk never left cannot go public. */
	static final String SENDING = "tiktok.sending";

	private final TikTokApi api;
	private final PlatformHttp http;
	private final ChannelSettings settings;
	private final long chunkSize;

	/** @param chunkSize bytes per chunk; TikTok takes 5–64 MB (10 MiB unless set) */
	TikTokConnector(TikTokApi api, PlatformHttp http, ChannelSettings settings,
			@Value("${warta.channels.tiktok.chunk-size:10485760}") long chunkSize) {
		this.api = api;
		this.http = http;
		this.settings = settings;
		this.chunkSize = chunkSize;
	}

	@Override
	public Channel channel() {
		return Channel.TIKTOK;
	}

	@Override
	public Posted publish(Post post, ChannelCredentials credentials, Progress progress) {
		PostMedia video = post.video();
		if (video == null) {
			throw ChannelFailure.permanent("channel.rule.tiktokVideo", "TikTok is sent videos only");
		}
		String handle = credentials.handle();
		Optional<String> publishId = saved(progress, PUBLISH_ID);
		if (publishId.isEmpty()) {
			TikTokApi.CreatorInfo creator = api.creatorInfo(credentials.accessToken());
			handle = handle != null ? handle : creator.username();
			publishId = Optional.of(send(post, video, creator, credentials, progress));
		}
		String id = publishId.get();
		for (int poll = 0; poll < settings.maxPolls(); poll++) {
			JsonNode status = status(id, credentials);
			switch (status.path("status").asText("")) {
				case "PUBLISH_COMPLETE" -> {
					return posted(id, status, handle);
				}
				case "FAILED" -> {
					// A failed post never went public: a later attempt may start a new one.
					progress.save(PUBLISH_ID, "");
					throw TikTokFailures.failed(status.path("fail_reason").asText(""));
				}
				default -> pause();
			}
		}
		// Moderation can take hours; whether the post will show is for reconciling, or a person, to tell.
		throw ChannelFailure.ambiguous("TikTok post " + id + " still processing after " + settings.maxPolls() + " polls");
	}

	@Override
	public Reconciliation reconcile(Post post, ChannelCredentials credentials, Progress progress) {
		Optional<String> kept = progress.get(PUBLISH_ID);
		if (kept.isEmpty()) {
			// Init was sent and its answer lost: TikTok may have a post we have no id for.
			return Reconciliation.unknown();
		}
		if (kept.get().isBlank()) {
			// Given up after TikTok failed it or refused its bytes: it cannot go public.
			return Reconciliation.notPublished();
		}
		String id = kept.get();
		for (int poll = 0; poll < settings.maxPolls(); poll++) {
			JsonNode status = status(id, credentials);
			switch (status.path("status").asText("")) {
				case "PUBLISH_COMPLETE" -> {
					return Reconciliation.published(posted(id, status, credentials.handle()));
				}
				case "FAILED" -> {
					// Nothing went public; publishing again reports TikTok's reason rather than posting anew.
					return Reconciliation.notPublished();
				}
				case "PROCESSING_UPLOAD" -> {
					if (!lastChunkSent(progress, id)) {
						progress.save(PUBLISH_ID, "");
						return Reconciliation.notPublished();
					}
					pause();
				}
				default -> pause();
			}
		}
		return Reconciliation.unknown();
	}

	private String send(Post post, PostMedia video, TikTokApi.CreatorInfo creator, ChannelCredentials credentials,
			Progress progress) {
		long size = video.size();
		long chunk = size <= chunkSize ? size : chunkSize;
		long count = size / chunk;
		Map<String, Object> postInfo = new LinkedHashMap<>();
		postInfo.put("title", caption(post));
		postInfo.put("privacy_level", creator.privacyLevel());
		postInfo.put("disable_comment", creator.commentDisabled());
		postInfo.put("disable_duet", creator.duetDisabled());
		postInfo.put("disable_stitch", creator.stitchDisabled());
		postInfo.put("brand_content_toggle", false);
		postInfo.put("brand_organic_toggle", false);
		Map<String, Object> sourceInfo = new LinkedHashMap<>();
		sourceInfo.put("source", "FILE_UPLOAD");
		sourceInfo.put("video_size", size);
		sourceInfo.put("chunk_size", chunk);
		sourceInfo.put("total_chunk_count", count);
		progress.beforePublicStep();
		JsonNode data = TikTokApi.data(api.post("/post/publish/video/init/", credentials.accessToken(),
				Map.of("post_info", postInfo, "source_info", sourceInfo), true));
		String publishId = data.path("publish_id").asText("");
		if (publishId.isEmpty()) {
			throw ChannelFailure.ambiguous("TikTok answered init without a publish_id: " + data);
		}
		progress.save(PUBLISH_ID, publishId);
		upload(URI.create(data.path("upload_url").asText()), video, chunk, count, publishId, progress);
		return publishId;
	}

	/** Sends the chunks in order; the last one holds the trailing bytes (TikTok rounds the count down). */
	private void upload(URI uploadUrl, PostMedia video, long chunk, long count, String publishId, Progress progress) {
		long size = video.size();
		try (InputStream in = video.open()) {
			for (long index = 0; index < count; index++) {
				long first = index * chunk;
				long last = index == count - 1 ? size - 1 : first + chunk - 1;
				byte[] bytes = in.readNBytes((int) (last - first + 1));
				progress.save(SENDING, index + "/" + count + "@" + publishId);
				PlatformHttp.Answer answer = http.send(HttpRequest.newBuilder(uploadUrl)
					.header("Content-Type", video.contentType())
					.header("Content-Range", "bytes " + first + "-" + last + "/" + size)
					.PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)), true);
				if (!answer.ok()) {
					// TikTok refused these bytes, so this post can never be whole, let alone public.
					progress.save(PUBLISH_ID, "");
					throw TikTokFailures.of(answer);
				}
			}
		}
		catch (IOException unreadable) {
			progress.save(PUBLISH_ID, "");
			throw ChannelFailure.transientFailure("reading the video failed: " + unreadable.getMessage(), null);
		}
	}

	private JsonNode status(String publishId, ChannelCredentials credentials) {
		return TikTokApi.data(api.post("/post/publish/status/fetch/", credentials.accessToken(),
				Map.of("publish_id", publishId), false));
	}

	private static boolean lastChunkSent(Progress progress, String publishId) {
		return progress.get(SENDING).filter(value -> value.endsWith("@" + publishId)).map(value -> {
			String[] parts = value.substring(0, value.indexOf('@')).split("/");
			return Long.parseLong(parts[0]) == Long.parseLong(parts[1]) - 1;
		}).orElse(false);
	}

	/** The approved text, with the story's link when it still fits TikTok's caption. */
	private static String caption(Post post) {
		String text = post.text() == null ? "" : post.text();
		String withLink = text.isBlank() ? post.link() : text + "\n\n" + post.link();
		return text.contains(post.link()) || !Channel.TIKTOK.fits(withLink) ? text : withLink;
	}

	/**
	 * {@code https://www.tiktok.com/@{handle}/video/{id}} from the misspelt {@code publicaly_available_post_id};
	 * a post only its creator may see has no public id, so it points at the profile.
	 */
	private static Posted posted(String publishId, JsonNode status, String handle) {
		JsonNode ids = status.path("publicaly_available_post_id");
		String profile = handle == null ? null : "https://www.tiktok.com/@" + handle;
		if (ids.isArray() && !ids.isEmpty()) {
			String id = ids.path(0).asText();
			return new Posted(id, profile == null ? null : profile + "/video/" + id);
		}
		return new Posted(publishId, profile);
	}

	private void pause() {
		Polling.pause(settings.pollInterval(), "TikTok processed the post");
	}

	private static Optional<String> saved(Progress progress, String key) {
		return progress.get(key).filter(value -> !value.isBlank());
	}
}
