package id.warta.media.internal.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Storage in a local directory, the default ({@code ./data/media}). Writes land under a temporary name first. */
public class LocalMediaStorage implements MediaStorage {

	private final Path root;

	public LocalMediaStorage(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public void put(String key, Path source, String contentType) throws IOException {
		Path target = resolve(key);
		Files.createDirectories(target.getParent());
		Path partial = target.resolveSibling(target.getFileName() + ".part");
		Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
		Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	/** Moves instead of copying when the source is a temporary file on the same disk. */
	public void moveIn(String key, Path source) throws IOException {
		Path target = resolve(key);
		Files.createDirectories(target.getParent());
		Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	@Override
	public InputStream read(String key, long offset, long length) throws IOException {
		Path file = resolve(key);
		if (!Files.isRegularFile(file)) {
			throw new NoSuchFileException(key);
		}
		return BoundedInputStream.slice(file, offset, length);
	}

	@Override
	public long size(String key) throws IOException {
		return Files.size(resolve(key));
	}

	@Override
	public boolean exists(String key) {
		return Files.isRegularFile(resolve(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(resolve(key));
	}

	@Override
	public String describe() {
		return root.toString();
	}

	@Override
	public Optional<Path> localFile(String key) {
		return Optional.of(resolve(key));
	}

	/** Keys come from the application, never from a request; still, none may leave the root. */
	private Path resolve(String key) {
		Path path = root.resolve(key).normalize();
		if (!path.startsWith(root)) {
			throw new IllegalArgumentException("storage key outside the media directory: " + key);
		}
		return path;
	}
}
