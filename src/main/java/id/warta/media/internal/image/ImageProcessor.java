package id.warta.media.internal.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import id.warta.media.MediaTools;
import id.warta.media.internal.processing.MediaProcessor;
import id.warta.media.internal.processing.Processed;
import id.warta.media.internal.processing.ProcessingFailed;
import id.warta.media.internal.processing.ProcessingSource;
import id.warta.media.internal.processing.RenditionFile;

/**
 * Pictures: turned upright by their EXIF orientation, offered in responsive widths and cut into focal crops,
 * every rendition written without the original's metadata (no EXIF, GPS, XMP or profile). Uses libvips when the
 * machine has it, plain Java otherwise.
 */
@Component
public class ImageProcessor implements MediaProcessor {

	/** A picture's pixels are decoded in memory; 100 megapixels is past any camera a newsroom uses. */
	static final long MAX_PIXELS = 100_000_000L;

	private static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "image/webp", "image/gif",
			"image/heic", "image/heif");

	private static final Set<String> ONLY_THROUGH_VIPS = Set.of("image/heic", "image/heif");

	private static final Duration VIPS_TIMEOUT = Duration.ofMinutes(2);

	private final BooleanSupplier vipsInstalled;

	private final long maxPixels;

	@Autowired
	public ImageProcessor(MediaTools tools) {
		this(() -> tools.has("vips"), MAX_PIXELS);
	}

	/** For tests and the benchmark: choose the backend and the pixel limit. */
	ImageProcessor(BooleanSupplier vipsInstalled, long maxPixels) {
		this.vipsInstalled = vipsInstalled;
		this.maxPixels = maxPixels;
	}

	/** A processor that works in plain Java even where libvips is installed. */
	static ImageProcessor javaOnly() {
		return new ImageProcessor(() -> false, MAX_PIXELS);
	}

	/** A processor that uses libvips; the caller makes sure it is installed. */
	static ImageProcessor vipsOnly() {
		return new ImageProcessor(() -> true, MAX_PIXELS);
	}

	@Override
	public boolean handles(String contentType) {
		return TYPES.contains(contentType);
	}

	@Override
	public Processed process(ProcessingSource source) throws IOException {
		boolean vips = vipsInstalled.getAsBoolean();
		if (!vips && ONLY_THROUGH_VIPS.contains(source.contentType())) {
			throw new ProcessingFailed("media.processing.heicNeedsVips",
					source.contentType() + " can only be read through libvips, which is not installed");
		}
		ImageBackend backend = vips ? new VipsBackend(VIPS_TIMEOUT) : new JavaBackend();
		Path scratch = Files.createTempDirectory(source.workDirectory(), ".scratch-");
		try {
			OriginalHeader header = backend.header(source.original(), scratch);
			// Checked from the header, before any pixel is decoded: a small file can declare a picture that
			// would need gigabytes of memory (a decompression bomb).
			if (header.pixels() > maxPixels) {
				throw new ProcessingFailed("media.processing.tooManyPixels",
						header.width() + "x" + header.height() + " is more than " + maxPixels + " pixels");
			}
			List<RenditionFile> renditions = backend.render(source, header, scratch);
			return new Processed(header.orientedWidth(), header.orientedHeight(), null, null, null, renditions);
		}
		finally {
			deleteRecursively(scratch);
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
