package id.warta.channels;

import java.io.IOException;
import java.io.InputStream;

/**
 * One picture or video of a post: a signed, expiring public address for platforms that fetch media themselves
 * (Instagram, Threads, TikTok, Facebook by URL), and the bytes for platforms that take an upload.
 */
public record PostMedia(long mediaId, String url, String contentType, long size, int width, int height,
		Content content) {

	public boolean isVideo() {
		return contentType.startsWith("video/");
	}

	public InputStream open() throws IOException {
		return content.open();
	}

	/** Opens the file's bytes, each time from the start. */
	@FunctionalInterface
	public interface Content {

		InputStream open() throws IOException;
	}
}
