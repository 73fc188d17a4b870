package id.warta.channels.internal.facebook;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import id.warta.channels.ChannelCredentials;
import id.warta.channels.ChannelFailure;
import id.warta.channels.Post;
import id.warta.channels.PostMedia;
import id.warta.channels.Posted;
import id.warta.channels.Progress;
import id.warta.channels.Reconciliation;
import id.warta.channels.internal.ChannelSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;

/**
 * A Page video: the bytes through Meta's resumable upload on the agency's app ({@code /{app-id}/uploads}, then
 * chunks at {@code file_offset}), the post on graph-video's {@code /{page-id}/videos} with the file handle, then
 * {@code status} polled until the video is ready and its permalink fetched. The session, the bytes accepted, the
 * handle and the video id are kept as they come, so a later attempt resumes and never posts the video twice.
 */
@Component
class FacebookVideos {

	static final String SESSION = "facebook.upload";
	static final String OFFSET = "facebook.uploadOffset";
	static final String HANDLE = "facebook.handle";
	static final String VIDEO = "facebook.video";

	private final FacebookGraph graph;
	private final ChannelSettings settings;
	private final int chunkSize;

	FacebookVideos(FacebookGraph graph, ChannelSettings settings,
			@Value("${warta.channels.facebook.upload-chunk:4MB}") DataSize chunk) {
		this.graph = graph;
		this.settings = settings;
		this.chunkSize = (int) Math.min(Integer.MAX_VALUE, Math.max(1, chunk.toBytes()));
	}

	Posted publish(Post post, ChannelCredentials credentials, Progress progress) {
		String token = credentials.accessToken();
		String video = progress.get(VIDEO).orElse(null);
		if (video == null) {
			String handle = progress.get(HANDLE).orElseGet(() -> upload(post.video(), token, progress));
			Map<String, String> form = new LinkedHashMap<>();
			form.put("fbuploader_video_file_chunk", handle);
			form.put("title", post.title());
			form.put("description", FacebookConnector.withLink(post));
			progress.beforePublicStep();
			JsonNode created = graph.postForm(graph.platform().uploadBase(), credentials.accountRef() + "/videos",
					form, token, true);
			video = created.path("id").asText("");
			if (video.isBlank()) {
				throw ChannelFailure.ambiguous("Facebook answered /videos without a video id: " + created);
			}
			progress.save(VIDEO, video);
		}
		awaitReady(video, token);
		return new Posted(video, graph.permalink(video, token));
	}

	/**
	 * The video was created: ready means public. Otherwise it is not public yet, and publishing again resumes
	 * from this video (polling it), never creating another.
	 */
	Reconciliation reconcile(ChannelCredentials credentials, Progress progress) {
		String video = progress.get(VIDEO).orElseThrow();
		if ("ready".equals(status(video, credentials.accessToken()).path("video_status").asText(""))) {
			return Reconciliation.published(new Posted(video, graph.permalink(video, credentials.accessToken())));
		}
		return Reconciliation.notPublished();
	}

	private String upload(PostMedia video, String token, Progress progress) {
		String session = progress.get(SESSION).orElse(null);
		if (session == null) {
			JsonNode started = graph.postJson(graph.platform().clientId() + "/uploads",
					Map.of("file_name", "warta-" + video.mediaId() + extension(video), "file_length",
							Long.toString(video.size()), "file_type", video.contentType()),
					null, token, false);
			session = started.path("id").asText("");
			if (session.isBlank()) {
				throw ChannelFailure.transientFailure("Facebook opened no upload session: " + started, null);
			}
			progress.save(SESSION, session);
		}
		long offset = progress.get(OFFSET).map(Long::parseLong).orElse(0L);
		String handle = null;
		try (InputStream in = video.open()) {
			in.skipNBytes(offset);
			while (offset < video.size()) {
				byte[] chunk = in.readNBytes((int) Math.min(chunkSize, video.size() - offset));
				if (chunk.length == 0) {
					throw ChannelFailure.permanent("channel.failure.media",
							"video " + video.mediaId() + " is shorter than its recorded size");
				}
				JsonNode answer = graph.postChunk(session, chunk, offset, token);
				offset += chunk.length;
				handle = answer.path("h").asText(handle);
				JsonNode received = answer.path("file_offset");
				if (received.canConvertToLong() && received.asLong() != offset) {
					// Meta holds fewer bytes than were sent: the next attempt goes on from where it says.
					progress.save(OFFSET, Long.toString(received.asLong()));
					throw ChannelFailure.transientFailure("Facebook has " + received.asLong() + " bytes of the video",
							null);
				}
				if (offset < video.size()) {
					// The last chunk's offset is not kept: resending it is what yields the handle.
					progress.save(OFFSET, Long.toString(offset));
				}
			}
		}
		catch (IOException unreadable) {
			throw ChannelFailure.transientFailure("reading video " + video.mediaId() + ": " + unreadable.getMessage(),
					null);
		}
		if (handle == null || handle.isBlank()) {
			throw ChannelFailure.permanent("channel.failure.media", "Facebook finished the upload without a handle");
		}
		progress.save(HANDLE, handle);
		return handle;
	}

	private void awaitReady(String video, String token) {
		for (int poll = 1;; poll++) {
			JsonNode status = status(video, token);
			String state = status.path("video_status").asText("");
			if (state.equals("ready")) {
				return;
			}
			if (state.equals("error")) {
				throw ChannelFailure.permanent("channel.failure.processing", "Facebook video " + video + ": " + status);
			}
			if (poll >= settings.maxPolls()) {
				// The video exists: the next attempt polls it again (it is kept), never uploads it again.
				throw ChannelFailure.transientFailure("Facebook is still processing video " + video + ": " + state,
						null);
			}
			sleep(settings.pollInterval());
		}
	}

	private JsonNode status(String video, String token) {
		return graph.get(video, Map.of("fields", "status"), token).path("status");
	}

	private static String extension(PostMedia video) {
		return video.contentType().equals("video/quicktime") ? ".mov" : ".mp4";
	}

	private static void sleep(Duration interval) {
		try {
			Thread.sleep(interval.toMillis());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw ChannelFailure.transientFailure("interrupted while Facebook processes the video", null);
		}
	}
}
