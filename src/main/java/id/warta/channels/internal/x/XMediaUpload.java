package id.warta.channels.internal.x;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.warta.channels.ChannelCredentials;
import id.warta.channels.ChannelFailure;
import id.warta.channels.Post;
import id.warta.channels.PostMedia;
import id.warta.channels.Progress;
import id.warta.channels.internal.ChannelSettings;
import id.warta.channels.internal.PlatformHttp;
import id.warta.newsroom.Channel;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * A post's media on X: each picture in one upload, a video in a chunked session (initialize, append, finalize),
 * then waiting for X to process it. Every media id goes into the progress as soon as X gives it, so a retry goes on
 * from there instead of uploading again.
 */
@Component
class XMediaUpload {

	/** 4 MiB: well under X's per-chunk limit, few calls for a long video. */
	static final int CHUNK_BYTES = 4 * 1024 * 1024;
	static final String PICTURE = "x.picture.";
	static final String VIDEO = "x.video";
	static final String VIDEO_SEGMENTS = "x.video.segments";
	static final String VIDEO_FINALIZED = "x.video.finalized";
	static final String VIDEO_READY = "x.video.ready";

	private final PlatformHttp http;
	private final ChannelSettings settings;
	private final Clock clock;

	XMediaUpload(PlatformHttp http, ChannelSettings settings, Clock clock) {
		this.http = http;
		this.settings = settings;
		this.clock = clock;
	}

	/** X's media ids for the post, in order: up to four pictures or one video, uploaded and ready. */
	List<String> upload(Post post, ChannelCredentials credentials, Progress progress) {
		if (post.video() != null) {
			return List.of(video(post.video(), credentials, progress));
		}
		List<String> ids = new ArrayList<>();
		for (PostMedia picture : post.pictures()) {
			ids.add(picture(picture, credentials, progress));
		}
		return ids;
	}

	/** {@code POST /2/media/upload} with the bytes and {@code media_category=tweet_image}. */
	private String picture(PostMedia picture, ChannelCredentials credentials, Progress progress) {
		String key = PICTURE + picture.mediaId();
		if (progress.get(key).isPresent()) {
			return progress.get(key).get();
		}
		byte[] bytes = bytes(picture);
		JsonNode data = call(credentials, "/media/upload", new Multipart().field("media_category", "tweet_image")
			.file("media", "picture-" + picture.mediaId(), picture.contentType(), bytes)).path("data");
		String id = mediaId(data);
		progress.save(key, id);
		awaitProcessing(id, data.path("processing_info"), credentials);
		return id;
	}

	/** The chunked session; an interrupted one resumes after the last chunk X accepted. */
	private String video(PostMedia video, ChannelCredentials credentials, Progress progress) {
		String id = progress.get(VIDEO).orElse(null);
		if (id == null) {
			Map<String, Object> init = new LinkedHashMap<>();
			init.put("media_type", video.contentType());
			init.put("total_bytes", video.size());
			init.put("media_category", "tweet_video");
			PlatformHttp.Answer answer = http.send(request(credentials, "/media/upload/initialize")
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(PlatformHttp.json(init))), false);
			id = mediaId(ok(answer).path("data"));
			progress.save(VIDEO, id);
		}
		if (progress.get(VIDEO_READY).isPresent()) {
			return id;
		}
		JsonNode processing;
		if (progress.get(VIDEO_FINALIZED).isEmpty()) {
			append(id, video, credentials, progress);
			PlatformHttp.Answer finished = http.send(request(credentials, "/media/upload/" + id + "/finalize")
				.POST(HttpRequest.BodyPublishers.noBody()), false);
			processing = ok(finished).path("data").path("processing_info");
			progress.save(VIDEO_FINALIZED, "true");
		}
		else {
			processing = status(id, credentials);
		}
		awaitProcessing(id, processing, credentials);
		progress.save(VIDEO_READY, "true");
		return id;
	}

	/** {@code append} for each chunk not yet accepted, reading the file once from where the last one ended. */
	private void append(String id, PostMedia video, ChannelCredentials credentials, Progress progress) {
		int segment = progress.get(VIDEO_SEGMENTS).map(Integer::parseInt).orElse(0);
		try (InputStream in = video.open()) {
			in.skipNBytes((long) segment * CHUNK_BYTES);
			for (byte[] chunk = in.readNBytes(CHUNK_BYTES); chunk.length > 0; chunk = in.readNBytes(CHUNK_BYTES)) {
				call(credentials, "/media/upload/" + id + "/append", new Multipart()
					.field("segment_index", Integer.toString(segment))
					.file("media", "video-" + video.mediaId(), "application/octet-stream", chunk));
				segment++;
				progress.save(VIDEO_SEGMENTS, Integer.toString(segment));
			}
		}
		catch (IOException unreadable) {
			throw unreadable(video, unreadable);
		}
	}

	/**
	 * Polls {@code STATUS} as often as X's {@code check_after_secs} says (every poll interval when it does not),
	 * at most {@code maxPolls} times; a media still processing then is tried again later, from the saved id.
	 */
	private void awaitProcessing(String id, JsonNode processing, ChannelCredentials credentials) {
		for (int polls = 0;; polls++) {
			String state = processing.path("state").asString("succeeded");
			if (state.equals("succeeded")) {
				return;
			}
			if (state.equals("failed")) {
				JsonNode error = processing.path("error");
				throw ChannelFailure.permanent("channel.failure.processing", "X media " + id + " failed: "
						+ error.path("name").asString("") + " " + error.path("message").asString("").strip());
			}
			if (polls >= settings.maxPolls()) {
				throw ChannelFailure.transientFailure("X media " + id + " still " + state, null);
			}
			long after = processing.path("check_after_secs").asLong(0);
			sleep(after > 0 ? Duration.ofSeconds(after) : settings.pollInterval());
			processing = status(id, credentials);
		}
	}

	/** {@code GET /2/media/upload?command=STATUS&media_id=…}. */
	private JsonNode status(String id, ChannelCredentials credentials) {
		PlatformHttp.Answer answer = http.send(request(credentials, "/media/upload?command=STATUS&media_id=" + id).GET(),
				false);
		JsonNode processing = ok(answer).path("data").path("processing_info");
		return processing.isMissingNode() ? MissingNode.getInstance() : processing;
	}

	private JsonNode call(ChannelCredentials credentials, String path, Multipart body) {
		return ok(http.send(body.into(request(credentials, path)), false));
	}

	private JsonNode ok(PlatformHttp.Answer answer) {
		if (!answer.ok()) {
			throw XErrors.failure(answer, clock, "channel.failure.media");
		}
		return answer.json();
	}

	private HttpRequest.Builder request(ChannelCredentials credentials, String path) {
		return HttpRequest.newBuilder(URI.create(settings.platform(Channel.X).api() + path))
			.header("Authorization", "Bearer " + credentials.accessToken());
	}

	private static String mediaId(JsonNode data) {
		String id = data.path("id").asString("");
		if (id.isBlank()) {
			throw ChannelFailure.transientFailure("X gave no media id", null);
		}
		return id;
	}

	private static byte[] bytes(PostMedia media) {
		try (InputStream in = media.open()) {
			return in.readAllBytes();
		}
		catch (IOException unreadable) {
			throw unreadable(media, unreadable);
		}
	}

	/** Our own file could not be read (storage briefly away): nothing was sent, so a later try may go. */
	private static ChannelFailure unreadable(PostMedia media, IOException cause) {
		return ChannelFailure.transientFailure("media " + media.mediaId() + " could not be read: " + cause.getMessage(),
				null);
	}

	private static void sleep(Duration wait) {
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw ChannelFailure.transientFailure("interrupted while X processed the media", null);
		}
	}
}
