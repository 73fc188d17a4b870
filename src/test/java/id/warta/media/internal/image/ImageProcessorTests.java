package id.warta.media.internal.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.icc.IccDirectory;
import com.drew.metadata.jpeg.JpegCommentDirectory;
import com.drew.metadata.xmp.XmpDirectory;

import id.warta.media.MediaTools;
import id.warta.media.internal.processing.FocalPoint;
import id.warta.media.internal.processing.Processed;
import id.warta.media.internal.processing.ProcessingFailed;
import id.warta.media.internal.processing.ProcessingSource;
import id.warta.media.internal.processing.RenditionFile;

class ImageProcessorTests {

	static final boolean VIPS = new MediaTools().has("vips");

	@TempDir
	Path directory;

	@ParameterizedTest
	@ValueSource(strings = { "java", "vips" })
	void aTwelveMegapixelPhotoGetsEveryWidthAndEveryCrop(String backend) throws Exception {
		Path original = TestPictures.jpeg(directory, "photo.jpg", 4000, 3000);

		Processed processed = processor(backend).process(source(original, "image/jpeg", FocalPoint.CENTRE));

		assertThat(processed.width()).isEqualTo(4000);
		assertThat(processed.height()).isEqualTo(3000);
		Map<String, RenditionFile> renditions = byName(processed);
		List<String> expected = backend.equals("vips")
				? List.of("w320.jpg", "w320.webp", "w640.jpg", "w640.webp", "w1024.jpg", "w1024.webp",
						"w1600.jpg", "w1600.webp")
				: List.of("w320.jpg", "w640.jpg", "w1024.jpg", "w1600.jpg");
		assertThat(renditions.keySet()).containsAll(expected).hasSize(expected.size() + CropShape.values().length);
		for (int width : ResponsiveWidths.WIDTHS) {
			assertSize(renditions.get("w" + width + ".jpg"), width, width * 3 / 4);
		}
		for (CropShape shape : CropShape.values()) {
			RenditionFile crop = renditions.get(shape.renditionName() + ".jpg");
			assertThat(Math.max(crop.width(), crop.height())).isEqualTo(CropShape.LONG_SIDE);
			assertExactRatio(crop, CropShapeTests.ratioOf(shape));
			assertSize(crop, crop.width(), crop.height());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "java", "vips" })
	void aPhoneFotoIsTurnedUprightAndLosesEveryTraceOfItsMetadata(String backend) throws Exception {
		Path original = TestPictures.phoneJpeg(directory, "phone.jpg", 800, 600, 6);
		assertThat(ImageMetadataReader.readMetadata(original.toFile()).getFirstDirectoryOfType(GpsDirectory.class))
			.as("the fixture has a location").isNotNull();

		Processed processed = processor(backend).process(source(original, "image/jpeg", FocalPoint.CENTRE));

		assertThat(processed.width()).isEqualTo(600);
		assertThat(processed.height()).isEqualTo(800);
		RenditionFile w320 = byName(processed).get("w320.jpg");
		assertSize(w320, 320, 427);
		// Turned a quarter clockwise, the stored left half (red) is on top, the blue right half at the bottom.
		BufferedImage upright = ImageIO.read(w320.file().toFile());
		assertThat(redOf(upright.getRGB(160, 20))).isGreaterThan(150);
		assertThat(redOf(upright.getRGB(160, 400))).isLessThan(100);
		for (RenditionFile rendition : processed.renditions()) {
			assertNoMetadata(rendition.file().toFile());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "java", "vips" })
	void aSmallTransparentPngKeepsItsWidthAndGetsAWhiteBackground(String backend) throws Exception {
		Path original = TestPictures.png(directory, "logo.png", 200, 150);

		Processed processed = processor(backend).process(source(original, "image/png", new FocalPoint(0.9, 0.1)));

		Map<String, RenditionFile> renditions = byName(processed);
		assertSize(renditions.get("w320.jpg"), 200, 150);
		assertThat(renditions).doesNotContainKey("w640.jpg");
		assertSize(renditions.get("crop-1x1.jpg"), 150, 150);
		assertSize(renditions.get("crop-9x16.jpg"), 84, 150);
	}

	@ParameterizedTest
	@ValueSource(strings = { "java", "vips" })
	void aDeclaredPixelFloodIsRefusedBeforeDecoding(String backend) throws Exception {
		Path bomb = TestPictures.floodPng(directory, 50_000, 50_000);
		assertThat(Files.size(bomb)).isLessThan(100);

		assertThatThrownBy(() -> processor(backend).process(source(bomb, "image/png", FocalPoint.CENTRE)))
			.isInstanceOfSatisfying(ProcessingFailed.class,
					failed -> assertThat(failed.messageKey()).isEqualTo("media.processing.tooManyPixels"));
	}

	@Test
	void theLimitCanBeLowered() throws Exception {
		Path original = TestPictures.jpeg(directory, "photo.jpg", 400, 300);

		assertThatThrownBy(() -> new ImageProcessor(() -> false, 100_000)
			.process(source(original, "image/jpeg", FocalPoint.CENTRE)))
			.isInstanceOfSatisfying(ProcessingFailed.class,
					failed -> assertThat(failed.messageKey()).isEqualTo("media.processing.tooManyPixels"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "java", "vips" })
	void aTruncatedUploadFailsWithAReason(String backend) throws Exception {
		Path truncated = TestPictures.truncatedJpeg(directory, 1200, 900);

		assertThatThrownBy(() -> processor(backend).process(source(truncated, "image/jpeg", FocalPoint.CENTRE)))
			.isInstanceOfSatisfying(ProcessingFailed.class, failed -> assertThat(failed.messageKey())
				.isIn("media.processing.truncatedImage", "media.processing.unreadableImage"));
	}

	@Test
	void heicIsReadThroughVips() throws Exception {
		Assumptions.assumeTrue(VIPS, "vips is not installed: HEIC can only be read through libvips");
		Path jpeg = TestPictures.jpeg(directory, "camera.jpg", 1200, 900);
		Path heic = directory.resolve("camera.heic");
		Process encode = new ProcessBuilder("vips", "copy", jpeg.toString(), heic.toString()).inheritIO().start();
		Assumptions.assumeTrue(encode.waitFor() == 0 && Files.exists(heic), "this libvips has no HEIF encoder");

		Processed processed = ImageProcessor.vipsOnly().process(source(heic, "image/heic", FocalPoint.CENTRE));

		assertThat(processed.width()).isEqualTo(1200);
		assertSize(byName(processed).get("w1024.webp"), 1024, 768);
		assertSize(byName(processed).get("crop-16x9.jpg"), 1080, 608);
	}

	@Test
	void heicWithoutVipsFailsWithAReason() throws Exception {
		Path heic = Files.write(directory.resolve("camera.heic"), new byte[] { 0, 0, 0, 24 });

		assertThatThrownBy(() -> ImageProcessor.javaOnly().process(source(heic, "image/heic", FocalPoint.CENTRE)))
			.isInstanceOfSatisfying(ProcessingFailed.class,
					failed -> assertThat(failed.messageKey()).isEqualTo("media.processing.heicNeedsVips"));
	}

	@Test
	void takesPicturesOnly() {
		ImageProcessor processor = ImageProcessor.javaOnly();
		assertThat(processor.handles("image/heic")).isTrue();
		assertThat(processor.handles("image/svg+xml")).isFalse();
		assertThat(processor.handles("application/pdf")).isFalse();
	}

	private ProcessingSource source(Path original, String type, FocalPoint focus) throws IOException {
		return new ProcessingSource(original, type, focus, Files.createTempDirectory(directory, "work"));
	}

	private static ImageProcessor processor(String backend) {
		if (backend.equals("vips")) {
			Assumptions.assumeTrue(VIPS, "vips is not installed: the libvips backend cannot be tried");
			return ImageProcessor.vipsOnly();
		}
		return ImageProcessor.javaOnly();
	}

	private static Map<String, RenditionFile> byName(Processed processed) {
		return processed.renditions().stream().collect(Collectors.toMap(RenditionFile::name, r -> r));
	}

	/** The reported size is the size in the file, and within a pixel of what was expected. */
	private static void assertSize(RenditionFile rendition, int width, int height) {
		assertThat(rendition).isNotNull();
		long[] inFile = ImageHeader.pixels(rendition.file()).orElseThrow();
		assertThat(new long[] { rendition.width(), rendition.height() }).isEqualTo(inFile);
		assertThat(rendition.width()).isCloseTo(width, org.assertj.core.data.Offset.offset(1));
		assertThat(rendition.height()).isCloseTo(height, org.assertj.core.data.Offset.offset(1));
	}

	/** The side that was rounded is within a pixel of what the ratio asks. */
	static void assertExactRatio(RenditionFile crop, double ratio) {
		if (crop.width() >= crop.height()) {
			assertThat((double) crop.height()).isCloseTo(crop.width() / ratio, org.assertj.core.data.Offset.offset(1.0));
		}
		else {
			assertThat((double) crop.width()).isCloseTo(crop.height() * ratio, org.assertj.core.data.Offset.offset(1.0));
		}
	}

	private static void assertNoMetadata(File file) throws Exception {
		Metadata metadata = ImageMetadataReader.readMetadata(file);
		for (Directory found : metadata.getDirectories()) {
			assertThat(found).as(file.getName() + " has " + found.getName())
				.isNotInstanceOfAny(ExifDirectoryBase.class, GpsDirectory.class, XmpDirectory.class,
						IccDirectory.class, JpegCommentDirectory.class);
		}
	}

	private static int redOf(int rgb) {
		return (rgb >> 16) & 0xff;
	}
}
