package id.warta.media.internal.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

import id.warta.platform.SharedFiles;
import org.springframework.stereotype.Component;

/** Shared files in the media storage, under {@code shared/} so that they never meet a media key. */
@Component
class StorageSharedFiles implements SharedFiles {

	private static final String PREFIX = "shared/";
	private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*");

	private final MediaStorage storage;

	StorageSharedFiles(MediaStorage storage) {
		this.storage = storage;
	}

	@Override
	public Optional<byte[]> read(String name) {
		try (InputStream in = storage.read(key(name), 0, -1)) {
			return Optional.of(in.readAllBytes());
		}
		catch (NoSuchFileException missing) {
			return Optional.empty();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the shared file " + name, e);
		}
	}

	@Override
	public void write(String name, byte[] content) {
		String key = key(name);
		try {
			Path temporary = Files.createTempFile("warta-shared-", ".tmp");
			try {
				Files.write(temporary, content);
				storage.put(key, temporary, "text/plain");
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write the shared file " + name, e);
		}
	}

	private static String key(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a shared file name: " + name);
		}
		return PREFIX + name;
	}
}
