package id.warta.media.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpRange;
import org.springframework.http.MediaType;
import org.springframework.http.converter.ResourceRegionHttpMessageConverter;
import org.springframework.mock.http.MockHttpOutputMessage;

class LocalMediaStorageTests {

	@TempDir
	Path temp;

	@Test
	void readsARangeOfAStoredFile() throws IOException {
		LocalMediaStorage storage = new LocalMediaStorage(temp.resolve("media"));
		Path file = TestFiles.random(temp, "upload.bin", 300_000, 4);
		storage.put("2026/11/a.bin", file, "application/octet-stream");

		try (InputStream range = storage.read("2026/11/a.bin", 123_456, 1000)) {
			assertThat(range.readAllBytes()).isEqualTo(TestFiles.slice(file, 123_456, 1000));
		}
		assertThat(TestFiles.sha256(storage.read("2026/11/a.bin", 0, -1))).isEqualTo(TestFiles.sha256(file));
		assertThat(storage.size("2026/11/a.bin")).isEqualTo(300_000);
		assertThat(Files.exists(temp.resolve("media/2026/11/a.bin.part"))).isFalse();
	}

	@Test
	void refusesAKeyOutsideItsDirectory() throws IOException {
		LocalMediaStorage storage = new LocalMediaStorage(temp.resolve("media"));
		Path file = Files.writeString(temp.resolve("secret.txt"), "rahasia");

		assertThatIllegalArgumentException().isThrownBy(() -> storage.read("../secret.txt", 0, -1));
		assertThatIllegalArgumentException().isThrownBy(() -> storage.put("2026/../../escape.txt", file, "text/plain"));
		assertThat(Files.exists(temp.resolve("escape.txt"))).isFalse();
	}

	@Test
	void aMissingKeyIsNoSuchFileAndDeletingItIsFine() throws IOException {
		LocalMediaStorage storage = new LocalMediaStorage(temp.resolve("media"));

		assertThatExceptionOfType(NoSuchFileException.class).isThrownBy(() -> storage.read("gone.bin", 0, -1));
		storage.delete("gone.bin");
		assertThat(storage.exists("gone.bin")).isFalse();
	}

	@Test
	void springServesARangeThroughTheResource() throws IOException {
		LocalMediaStorage storage = new LocalMediaStorage(temp.resolve("media"));
		Path file = TestFiles.random(temp, "clip.bin", 500_000, 5);
		storage.put("clip.mp4", file, "video/mp4");

		MockHttpOutputMessage response = new MockHttpOutputMessage();
		new ResourceRegionHttpMessageConverter().write(HttpRange.createByteRange(400_000)
			.toResourceRegion(new StoredObjectResource(storage, "clip.mp4", 500_000, "clip.mp4")),
				MediaType.APPLICATION_OCTET_STREAM, response);

		assertThat(response.getBodyAsBytes()).isEqualTo(TestFiles.slice(file, 400_000, 100_000));
	}
}
