package id.warta.media.internal.storage;

import java.io.FilterInputStream;
import java.io.IOException;

import software.amazon.awssdk.core.ResponseInputStream;

/**
 * The body of a GET that is aborted instead of drained when closed early: a viewer who stops a 2 GB video after a
 * second must not make the server read the remaining gigabytes only to reuse the connection.
 */
final class AbortingObjectStream extends FilterInputStream {

	private final ResponseInputStream<?> response;

	private boolean ended;

	AbortingObjectStream(ResponseInputStream<?> response) {
		super(response);
		this.response = response;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		ended |= b < 0;
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		ended |= read < 0;
		return read;
	}

	@Override
	public void close() throws IOException {
		if (!ended) {
			response.abort();
		}
		super.close();
	}
}
