package id.warta.media;

import java.time.Duration;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a stored file is sent: the type recognised at upload, never guessed by the browser, documents as
 * downloads, and a sandbox so that nothing in a file can run on the application's origin. Range requests work
 * for video and audio (Spring answers them from the resource).
 */
public final class MediaResponses {

	private MediaResponses() {
	}

	public static ResponseEntity<Resource> serve(MediaLibrary.MediaFile file, CacheControl cache) {
		var disposition = file.kind() == MediaKind.DOCUMENT ? ContentDisposition.attachment()
				: ContentDisposition.inline();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition.filename(file.downloadName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.header(HttpHeaders.ACCEPT_RANGES, "bytes")
			.cacheControl(cache)
			.body(file.resource());
	}

	public static CacheControl privateHour() {
		return CacheControl.maxAge(Duration.ofHours(1)).cachePrivate();
	}

	/** For renditions addressed by their version: they never change, so readers and CDNs may keep them. */
	public static CacheControl immutable() {
		return CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
	}
}
