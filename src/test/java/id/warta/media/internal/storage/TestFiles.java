package id.warta.media.internal.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

/** Random files written and hashed in 1 MiB steps, so that an 80 MiB test file never sits in memory. */
final class TestFiles {

	private TestFiles() {
	}

	static Path random(Path directory, String name, long size, long seed) throws IOException {
		Path file = directory.resolve(name);
		Random random = new Random(seed);
		byte[] chunk = new byte[1024 * 1024];
		try (OutputStream out = Files.newOutputStream(file)) {
			for (long written = 0; written < size; written += chunk.length) {
				random.nextBytes(chunk);
				out.write(chunk, 0, (int) Math.min(chunk.length, size - written));
			}
		}
		return file;
	}

	static String sha256(InputStream in) throws IOException {
		try (DigestInputStream digesting = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"))) {
			digesting.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String sha256(Path file) throws IOException {
		return sha256(Files.newInputStream(file));
	}

	static byte[] slice(Path file, long offset, int length) throws IOException {
		try (InputStream in = BoundedInputStream.slice(file, offset, length)) {
			return in.readAllBytes();
		}
	}
}
