package id.warta.media.internal.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the bytes of originals and renditions live, addressed by a key such as {@code 2026/11/<uuid>.jpg}. Every
 * operation streams: no implementation may hold a whole file in memory.
 */
public interface MediaStorage {

	/** Copies a finished local file into storage under {@code key}; the local file stays where it is. */
	void put(String key, Path source, String contentType) throws IOException;

	/**
	 * Reads the stored bytes from {@code offset}, {@code length} bytes or to the end when it is negative. Throws
	 * {@link java.nio.file.NoSuchFileException} when the key is not stored.
	 */
	InputStream read(String key, long offset, long length) throws IOException;

	/** The size in bytes; {@link java.nio.file.NoSuchFileException} when the key is not stored. */
	long size(String key) throws IOException;

	boolean exists(String key);

	/** Removes the key; removing a key that is not there is not an error. */
	void delete(String key) throws IOException;

	/** A short, secret-free description for the system page, e.g. the directory or the endpoint and bucket. */
	String describe();

	/** The local file behind a key when this storage is a local directory, so that it can be served directly. */
	default java.util.Optional<Path> localFile(String key) {
		return java.util.Optional.empty();
	}
}
