package id.warta.channels.internal.x;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
	/** How long X keeps an uploaded media when it does not say (a day for pictures). */
	static final Duration MEDIA_LIFE = Duration.ofDays(1);
	/** A media id this close to X forgetting it is uploaded again rather than risk a refused post. */
	static final Duration LIFE_MARGIN = Duration.ofHours(1);

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
		Optional<String> kept = kept(progress, key);
		if (kept.isPresent()) {
			return kept.get();
		}
		JsonNode data = call(credentials, "/media/upload", new Multipart().field("media_category", "tweet_image")
			.file("media", "picture-" + picture.mediaId(), picture.contentType(), bytes(picture))).path("data");
		String id = mediaId(data);
		keep(progress, key, id, data);
		try {
			awaitProcessing(id, data.path("processing_info"), credentials);
		}
		catch (ChannelFailure failure) {
			throw forgetWhenPermanent(progress, key, failure);
		}
		return id;
	}

	/**
	 * The chunked session, its steps kept under its media id: an interrupted one resumes after the last chunk X
	 * accepted, one X has forgotten or refused is started anew.
	 */
	private String video(PostMedia video, ChannelCredentials credentials, Progress progress) {
		String id = kept(progress, VIDEO).orElse(null);
		if (id == null) {
			Map<String, Object> init = new LinkedHashMap<>();
			init.put("media_type", video.contentType());
			init.put("total_bytes", video.size());
			init.put("media_category", "tweet_video");
			PlatformHttp.Answer answer = http.send(request(credentials, "/media/upload/initialize")
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(PlatformHttp.json(init))), false);
			JsonNode data = ok(answer).path("data");
			id = mediaId(data);
			keep(progress, VIDEO, id, data);
		}
		String session = VIDEO + "." + id;
		if (progress.get(session + ".ready").isPresent()) {
			return id;
		}
		try {
			JsonNode processing;
			if (progress.get(session + ".finalized").isEmpty()) {
				append(id, video, credentials, progress, session + ".segments");
				PlatformHttp.Answer finished = http.send(request(credentials, "/media/upload/" + id + "/finalize")
					.POST(HttpRequest.BodyPublishers.noBody()), false);
				processing = ok(finished).path("data").path("processing_info");
				progress.save(session + ".finalized", "true");
			}
			else {
				processing = status(id, credentials);
			}
			awaitProcessing(id, processing, credentials);
		}
		catch (ChannelFailure failure) {
			throw forgetWhenPermanent(progress, VIDEO, failure);
		}
		progress.save(session + ".ready", "true");
		return id;
	}

	/** A media id still usable: kept, and not about to be forgotten by X. */
	private Optional<String> kept(Progress progress, String key) {
		Optional<Instant> until = progress.get(key + ".until").map(Long::parseLong).map(Instant::ofEpochSecond);
		return progress.get(key)
			.filter(id -> !id.isBlank())
			.filter(id -> until.isEmpty() || clock.instant().isBefore(until.get()));
	}

	/** Keeps a media id with the time X forgets it ({@code expires_after_secs}), less a margin. */
	private void keep(Progress progress, String key, String id, JsonNode data) {
		long life = data.path("expires_after_secs").asLong(MEDIA_LIFE.toSeconds());
		progress.save(key + ".until",
				Long.toString(clock.instant().plusSeconds(life).minus(LIFE_MARGIN).getEpochSecond()));
		progress.save(key, id);
	}

	/**
	 * After a refusal (X could not process the media), a person's "try again" uploads anew rather than meet the
	 * same refused id.
	 */
	private static ChannelFailure forgetWhenPermanent(Progress progress, String key, ChannelFailure failure) {
		if (failure.kind() == ChannelFailure.Kind.PERMANENT) {
			progress.save(key, "");
		}
		return failure;
	}

	/** {@code append} for each chunk not yet accepted, reading the file once from where the last one ended. */
	private void append(String id, PostMedia video, ChannelCredentials credentials, Progress progress,
			String segmentsKey) {
		int segment = progress.get(segmentsKey).map(Integer::parseInt).orElse(0);
		try (InputStream in = video.open()) {
			in.skipNBytes((long) segment * CHUNK_BYTES);
			for (byte[] chunk = in.readNBytes(CHUNK_BYTES); chunk.length > 0; chunk = in.readNBytes(CHUNK_BYTES)) {
				call(credentials, "/media/upload/" + id + "/append", new Multipart()
					.field("segment_index", Integer.toString(segment))
					.file("media", "video-" + video.mediaId(), "application/octet-stream", chunk));
				segment++;
				progress.save(segmentsKey, Integer.toString(segment));
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
