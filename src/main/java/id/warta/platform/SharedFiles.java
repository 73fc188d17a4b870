package id.warta.platform;

import java.util.Optional;

/**
 * Small files that every node sees and that the database cannot change: kept in the shared storage beside the
 * media (a local directory, or S3-compatible object storage for several nodes). Names are relative paths such as
 * {@code audit/anchors.txt}. Failures are {@link java.io.UncheckedIOException}s.
 */
public interface SharedFiles {

	Optional<byte[]> read(String name);

	/** Replaces the whole file. */
	void write(String name, byte[] content);
}
