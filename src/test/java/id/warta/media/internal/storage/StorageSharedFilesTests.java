package id.warta.media.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shared files live in the media storage, apart from the media, and read back as written. */
class StorageSharedFilesTests {

	@TempDir
	Path temp;

	@Test
	void aWrittenFileReadsBackAndAMissingOneIsEmpty() {
		StorageSharedFiles files = new StorageSharedFiles(new LocalMediaStorage(temp));

		assertThat(files.read("audit/anchors.txt")).isEmpty();
		files.write("audit/anchors.txt", "7 abc 2026-12-05T00:00:00Z\n".getBytes(StandardCharsets.UTF_8));
		files.write("audit/anchors.txt", "8 def 2026-12-06T00:00:00Z\n".getBytes(StandardCharsets.UTF_8));

		assertThat(files.read("audit/anchors.txt")).hasValueSatisfying(
				bytes -> assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("8 def 2026-12-06T00:00:00Z\n"));
		assertThat(Files.exists(temp.resolve("shared/audit/anchors.txt"))).isTrue();
	}

	@Test
	void refusesNamesThatCouldLeaveTheSharedFolder() {
		StorageSharedFiles files = new StorageSharedFiles(new LocalMediaStorage(temp));

		assertThatIllegalArgumentException().isThrownBy(() -> files.read("../2026/11/a.jpg"));
		assertThatIllegalArgumentException().isThrownBy(() -> files.write("/etc/passwd", new byte[0]));
	}
}
