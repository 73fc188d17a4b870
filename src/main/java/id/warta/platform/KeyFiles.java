package id.warta.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secret keys kept in a file outside the database: made once, readable by the application's user only. A key
 * in the database would be no protection for what it seals or encrypts there.
 */
public final class KeyFiles {

	private KeyFiles() {
	}

	/** The 32-byte key in the file, made first when the file does not exist yet. */
	public static byte[] readOrCreate(Path file) {
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.toAbsolutePath().getParent());
				byte[] fresh = new byte[32];
				new SecureRandom().nextBytes(fresh);
				Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
				try {
					Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
				}
				catch (UnsupportedOperationException notPosix) {
					// Windows: the file inherits the folder's permissions.
				}
			}
			return Base64.getDecoder().decode(Files.readString(file).strip());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read or create the key " + file, e);
		}
	}
}
