package id.warta.media.internal.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Reads at most a given number of bytes from the stream beneath. */
final class BoundedInputStream extends FilterInputStream {

	private long remaining;

	BoundedInputStream(InputStream in, long limit) {
		super(in);
		this.remaining = limit;
	}

	/** A stream over part of a file: from {@code offset}, {@code length} bytes or to the end when negative. */
	static InputStream slice(Path file, long offset, long length) throws IOException {
		FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
		try {
			channel.position(offset);
		}
		catch (IOException ex) {
			channel.close();
			throw ex;
		}
		InputStream in = Channels.newInputStream(channel);
		return length < 0 ? in : new BoundedInputStream(in, length);
	}

	@Override
	public int read() throws IOException {
		if (remaining <= 0) {
			return -1;
		}
		int b = super.read();
		if (b >= 0) {
			remaining--;
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (remaining <= 0) {
			return -1;
		}
		int read = super.read(buffer, offset, (int) Math.min(length, remaining));
		if (read > 0) {
			remaining -= read;
		}
		return read;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(Math.min(n, remaining));
		remaining -= skipped;
		return skipped;
	}
}
