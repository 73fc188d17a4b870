package id.warta.media.internal.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Reads a picture's size from its header alone, so that a size check never decodes pixels. */
public final class ImageHeader {

	private ImageHeader() {
	}

	/**
	 * Width and height as stored (before EXIF orientation) of a JPEG, PNG, GIF or WebP file; empty when no ImageIO
	 * reader takes the file or its header cannot be read.
	 */
	public static Optional<long[]> pixels(Path file) {
		try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
			if (input == null) {
				return Optional.empty();
			}
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				return Optional.empty();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				return Optional.of(new long[] { reader.getWidth(0), reader.getHeight(0) });
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException e) {
			// Readers throw unchecked exceptions on some malformed headers; either way the size is unknown.
			return Optional.empty();
		}
	}
}
