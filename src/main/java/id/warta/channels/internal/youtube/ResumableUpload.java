package id.warta.channels.internal.youtube;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.Map;

import id.warta.channels.ChannelFailure;
import id.warta.channels.PostMedia;
import id.warta.channels.internal.PlatformHttp;

/**
 * Google's resumable upload of one video: a session address, the file in chunks, and the probe
 * ({@code Content-Range: bytes *}{@code /N}) that tells how much of it YouTube already has.
 */
final class ResumableUpload {

	/** Google wants every chunk but the last in multiples of 256 KiB. */
	static final int CHUNK_UNIT = 256 * 1024;

	/**
	 * What a probe found.
	 *
	 * @param expired the session is gone (404, 410): a new one is needed
	 * @param next the first byte YouTube does not have yet
	 * @param videoId set when YouTube has the whole file
	 */
	record State(boolean expired, long next, String videoId) {
	}

	private final PlatformHttp http;
	private final int chunkSize;
	private final Clock clock;

	ResumableUpload(PlatformHttp http, int chunkSize, Clock clock) {
		this.http = http;
		this.chunkSize = Math.max(CHUNK_UNIT, chunkSize / CHUNK_UNIT * CHUNK_UNIT);
		this.clock = clock;
	}

	int chunkSize() {
		return chunkSize;
	}

	/** Opens a session for the video with its snippet and status; answers the session address. */
	String start(URI endpoint, String token, PostMedia video, Map<String, Object> metadata) {
		PlatformHttp.Answer answer = http.send(HttpRequest.newBuilder(endpoint)
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json; charset=UTF-8")
			.header("X-Upload-Content-Type", video.contentType())
			.header("X-Upload-Content-Length", Long.toString(video.size()))
			.POST(HttpRequest.BodyPublishers.ofString(PlatformHttp.json(metadata))), false);
		if (!answer.ok()) {
			throw YouTubeFailures.of(answer, clock.instant());
		}
		return answer.header("Location")
			.orElseThrow(() -> ChannelFailure.transientFailure("YouTube opened no upload session", null));
	}

	State probe(String session, String token, long total) {
		PlatformHttp.Answer answer = http.send(HttpRequest.newBuilder(URI.create(session))
			.header("Authorization", "Bearer " + token)
			.header("Content-Range", "bytes */" + total)
			.PUT(HttpRequest.BodyPublishers.noBody()), false);
		return switch (answer.status()) {
			case 308 -> new State(false, next(answer), null);
			case 200, 201 -> new State(false, total, videoId(answer));
			case 404, 410 -> new State(true, 0, null);
			default -> throw YouTubeFailures.of(answer, clock.instant());
		};
	}

	/**
	 * Sends the file from {@code from} in chunks, following the {@code Range} YouTube reports after each; runs
	 * {@code beforeLast} right before the last chunk, the one that makes the video public. Answers the video id.
	 */
	String send(String session, String token, PostMedia video, long from, Runnable beforeLast) {
		long total = video.size();
		long offset = from;
		InputStream in = null;
		long position = 0;
		try {
			while (true) {
				if (in == null || position != offset) {
					// A fresh stream only when YouTube asks for bytes we have already read past.
					close(in);
					in = video.open();
					in.skipNBytes(offset);
					position = offset;
				}
				int length = (int) Math.min(chunkSize, total - offset);
				byte[] chunk = in.readNBytes(length);
				position += chunk.length;
				if (chunk.length < length) {
					throw ChannelFailure.permanent("channel.failure.media",
							"the video file is shorter than its recorded size " + total);
				}
				boolean last = offset + length == total;
				if (last) {
					beforeLast.run();
				}
				PlatformHttp.Answer answer = http.send(HttpRequest.newBuilder(URI.create(session))
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", video.contentType())
					.header("Content-Range", "bytes " + offset + "-" + (offset + length - 1) + "/" + total)
					.PUT(HttpRequest.BodyPublishers.ofByteArray(chunk)), last);
				if (answer.status() == 200 || answer.status() == 201) {
					return videoId(answer);
				}
				if (answer.status() != 308) {
					// A 5xx is transient: the next attempt probes the session and goes on from where YouTube is.
					throw YouTubeFailures.of(answer, clock.instant());
				}
				long next = next(answer);
				if (next <= offset) {
					throw ChannelFailure.transientFailure("YouTube kept none of the chunk at " + offset, null);
				}
				offset = next;
			}
		}
		catch (IOException unreadable) {
			throw ChannelFailure.transientFailure("reading the video failed: " + unreadable.getMessage(), null);
		}
		finally {
			close(in);
		}
	}

	/** {@code Range: bytes=0-N} means YouTube has up to N; no Range means it has nothing yet. */
	private static long next(PlatformHttp.Answer answer) {
		return answer.header("Range")
			.filter(range -> range.matches("bytes=\\d+-\\d+"))
			.map(range -> Long.parseLong(range.substring(range.indexOf('-') + 1)) + 1)
			.orElse(0L);
	}

	private static String videoId(PlatformHttp.Answer answer) {
		String id = answer.json().path("id").asText("");
		if (id.isEmpty()) {
			throw ChannelFailure.ambiguous("YouTube finished the upload without a video id: " + answer.body());
		}
		return id;
	}

	private static void close(InputStream in) {
		if (in != null) {
			try {
				in.close();
			}
			catch (IOException ignored) {
				// Only read from; nothing is lost.
			}
		}
	}
}
