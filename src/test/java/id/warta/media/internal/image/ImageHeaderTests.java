package id.warta.media.internal.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageHeaderTests {

	@TempDir
	Path directory;

	@Test
	void readsTheDeclaredSizeWithoutDecoding() throws Exception {
		Path bomb = TestPictures.floodPng(directory, 50_000, 40_000);

		assertThat(ImageHeader.pixels(bomb)).hasValueSatisfying(size -> assertThat(size).containsExactly(50_000, 40_000));
	}

	@Test
	void readsJpegHeaders() throws Exception {
		Path jpeg = TestPictures.jpeg(directory, "photo.jpg", 640, 480);

		assertThat(ImageHeader.pixels(jpeg)).hasValueSatisfying(size -> assertThat(size).containsExactly(640, 480));
	}

	@Test
	void somethingThatIsNoPictureHasNoSize() throws Exception {
		Path text = Files.writeString(directory.resolve("note.jpg"), "not a picture");

		assertThat(ImageHeader.pixels(text)).isEmpty();
	}
}
