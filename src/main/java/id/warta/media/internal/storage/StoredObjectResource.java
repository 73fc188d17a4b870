package id.warta.media.internal.storage;

import java.io.InputStream;

import org.springframework.core.io.AbstractResource;

/**
 * A stored file as a Spring {@link org.springframework.core.io.Resource}, for any {@link MediaStorage}. Spring serves
 * a byte range by opening the stream and skipping to the start; this resource's stream turns that skip into the
 * offset of its first read, so a range request from the middle of a large video reads only what it sends.
 */
public class StoredObjectResource extends AbstractResource {

	private final MediaStorage storage;

	private final String key;

	private final long contentLength;

	private final String filename;

	/** {@code contentLength} is the size the caller already knows (from the database), so it costs no request. */
	public StoredObjectResource(MediaStorage storage, String key, long contentLength, String filename) {
		this.storage = storage;
		this.key = key;
		this.contentLength = contentLength;
		this.filename = filename;
	}

	@Override
	public InputStream getInputStream() {
		return new LazyRangeStream(storage, key, contentLength);
	}

	@Override
	public boolean exists() {
		return storage.exists(key);
	}

	@Override
	public long contentLength() {
		return contentLength;
	}

	@Override
	public String getFilename() {
		return filename;
	}

	/** Not known without a request to the store; {@code 0} tells Spring not to send Last-Modified. */
	@Override
	public long lastModified() {
		return 0;
	}

	@Override
	public String getDescription() {
		return "stored media [" + key + "] in " + storage.describe();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StoredObjectResource that && key.equals(that.key) && storage == that.storage;
	}

	@Override
	public int hashCode() {
		return key.hashCode();
	}
}
