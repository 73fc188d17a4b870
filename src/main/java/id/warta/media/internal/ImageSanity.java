package id.warta.media.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks a picture before anything decodes it: the pixel count declared in its header (a small file can declare
 * billions of pixels and exhaust memory when decoded) and, for JPEG and PNG, that the file is complete.
 */
final class ImageSanity {

	private ImageSanity() {
	}

	/** The width times the height declared in the header, read without decoding; empty when not readable. */
	static Optional<Long> declaredPixels(Path file) {
		try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
			if (in == null) {
				return Optional.empty();
			}
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return Optional.empty();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				return Optional.of((long) reader.getWidth(0) * reader.getHeight(0));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException unreadable) {
			return Optional.empty();
		}
	}

	/**
	 * Whether a JPEG has its end-of-image marker after the first scan. Segments before the scan are skipped by
	 * their length, so the marker of an embedded EXIF thumbnail does not count; bytes appended after the end (as
	 * some phones do) do not matter.
	 */
	static boolean jpegComplete(Path file) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
			if (in.read() != 0xFF || in.read() != 0xD8) {
				return false;
			}
			while (true) {
				int b = in.read();
				while (b == 0xFF) {
					b = in.read();
					if (b != 0xFF) {
						break;
					}
				}
				if (b < 0) {
					return false;
				}
				int marker = b;
				if (marker == 0xD9) {
					return false;
				}
				if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
					continue;
				}
				int high = in.read();
				int low = in.read();
				if (low < 0) {
					return false;
				}
				int length = (high << 8) | low;
				if (length < 2 || skip(in, length - 2) < length - 2) {
					return false;
				}
				if (marker == 0xDA) {
					return endMarkerFollows(in);
				}
			}
		}
	}

	private static long skip(InputStream in, long count) throws IOException {
		long skipped = 0;
		while (skipped < count) {
			long step = in.skip(count - skipped);
			if (step <= 0) {
				if (in.read() < 0) {
					return skipped;
				}
				step = 1;
			}
			skipped += step;
		}
		return skipped;
	}

	private static boolean endMarkerFollows(InputStream in) throws IOException {
		int previous = 0;
		int b;
		while ((b = in.read()) >= 0) {
			if (previous == 0xFF && b == 0xD9) {
				return true;
			}
			previous = b;
		}
		return false;
	}

	/** Whether a PNG ends with its IEND chunk. */
	static boolean pngComplete(Path file) throws IOException {
		try (SeekableByteChannel channel = Files.newByteChannel(file)) {
			long size = channel.size();
			if (size < 20) {
				return false;
			}
			ByteBuffer tail = ByteBuffer.allocate(12);
			channel.position(size - 12);
			while (tail.hasRemaining() && channel.read(tail) > 0) {
				// reads the last twelve bytes: length, "IEND", CRC
			}
			return new String(tail.array(), 4, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("IEND");
		}
	}
}
