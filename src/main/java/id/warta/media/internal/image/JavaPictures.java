package id.warta.media.internal.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import id.warta.media.internal.processing.ProcessingFailed;
import id.warta.media.internal.processing.RenditionFile;

/** Decoding and JPEG writing through ImageIO. */
final class JavaPictures {

	private JavaPictures() {
	}

	/** Decodes the first frame; a file that ends early fails instead of coming out grey at the bottom. */
	static BufferedImage decode(Path original) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(original.toFile())) {
			Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
			if (readers == null || !readers.hasNext()) {
				throw new ProcessingFailed("media.processing.unreadableImage", "no ImageIO reader for the file");
			}
			ImageReader reader = readers.next();
			List<String> warnings = new ArrayList<>();
			try {
				reader.setInput(input, true, true);
				reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
				BufferedImage image = reader.read(0);
				if (warnings.stream().anyMatch(JavaPictures::meansTruncated)) {
					throw new ProcessingFailed("media.processing.truncatedImage", String.join("; ", warnings));
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
		catch (ProcessingFailed e) {
			throw e;
		}
		catch (IOException | RuntimeException e) {
			// Readers report broken files with IIOException, EOFException or unchecked exceptions alike.
			throw new ProcessingFailed("media.processing.unreadableImage", String.valueOf(e.getMessage()), e);
		}
	}

	/** What libjpeg, libvips and TwelveMonkeys say of a file that stops before its end marker. */
	static boolean meansTruncated(String message) {
		String lower = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
		return lower.contains("premature end") || lower.contains("missing eoi");
	}

	/**
	 * Writes the pixels as JPEG with no metadata passed to the writer, so the file holds nothing but a JFIF
	 * header and the picture.
	 */
	static RenditionFile writeJpeg(BufferedImage image, String name, Path directory) throws IOException {
		Path file = directory.resolve(name);
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(JavaBackend.JPEG_QUALITY / 100f);
			writer.setOutput(output);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return new RenditionFile(name, "image/jpeg", image.getWidth(), image.getHeight(), file);
	}
}
