package id.warta.media.internal.storage;

import java.io.IOException;
import java.io.InputStream;

/**
 * Opens the stored bytes at the first read, from wherever the skips before it have moved; after that it is the
 * storage's own stream.
 */
final class LazyRangeStream extends InputStream {

	private final MediaStorage storage;

	private final String key;

	private final long size;

	private long position;

	private InputStream opened;

	private boolean closed;

	LazyRangeStream(MediaStorage storage, String key, long size) {
		this.storage = storage;
		this.key = key;
		this.size = size;
	}

	@Override
	public long skip(long n) throws IOException {
		if (opened != null) {
			return opened.skip(n);
		}
		long skipped = Math.max(0, Math.min(n, size - position));
		position += skipped;
		return skipped;
	}

	@Override
	public int read() throws IOException {
		InputStream in = open();
		return in == null ? -1 : in.read();
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		InputStream in = open();
		return in == null ? -1 : in.read(buffer, offset, length);
	}

	@Override
	public void close() throws IOException {
		closed = true;
		if (opened != null) {
			opened.close();
		}
	}

	/** The open stream, or {@code null} at the end: no request is made only to be told there is nothing left. */
	private InputStream open() throws IOException {
		if (closed) {
			throw new IOException("stream closed");
		}
		if (opened == null) {
			if (position >= size) {
				return null;
			}
			opened = storage.read(key, position, -1);
		}
		return opened;
	}
}
