package id.warta.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appending an upload's bytes to its part file through a fixed buffer, hashing them on the way. */
final class PartFile {

	static final int BUFFER = 256 * 1024;

	private PartFile() {
	}

	static java.security.MessageDigest sha256() {
		try {
			return java.security.MessageDigest.getInstance("SHA-256");
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Appends, feeding the digest (when there is one) with exactly the bytes that reached the file. */
	static long append(InputStream body, Path part, long remaining, java.security.MessageDigest digest,
			RunningHash hash) throws IOException {
		long written = 0;
		byte[] buffer = new byte[BUFFER];
		HashingPipe pipe = digest == null ? null : new HashingPipe(digest, BUFFER);
		try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
			int read;
			// Whole buffers: the network hands over a few kilobytes per read, and a write and a hand-over to the
			// hashing thread per few kilobytes would cost more than the copying. Bytes of a buffer that a dropped
			// connection leaves unfinished are not written; the client sends them again from the offset.
			while (written < remaining
					&& (read = body.readNBytes(buffer, 0, (int) Math.min(buffer.length, remaining - written))) > 0) {
				ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
				while (chunk.hasRemaining()) {
					channel.write(chunk);
				}
				if (pipe != null) {
					pipe.feed(buffer, read);
				}
				written += read;
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new java.io.InterruptedIOException("upload interrupted");
		}
		finally {
			if (pipe != null) {
				try {
					hash.covered()[0] += pipe.finish();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					hash.covered()[0] = -1;
				}
			}
		}
		return written;
	}

}
