package id.warta.media.internal.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import id.warta.media.internal.processing.ProcessingFailed;

/**
 * Removes the metadata chunks (EXIF, XMP, ICC profile) from a WebP file. libvips 8.14 writes an EXIF chunk into
 * WebP even when told to strip, so its WebP renditions go through this before they can become public.
 */
final class WebpChunks {

	private static final Set<String> METADATA = Set.of("EXIF", "XMP ", "ICCP");

	/** The VP8X flags that announce the removed chunks: ICC profile, EXIF and XMP. */
	private static final int METADATA_FLAGS = 0x20 | 0x08 | 0x04;

	private WebpChunks() {
	}

	static void stripMetadata(Path file) throws IOException {
		ByteBuffer webp = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
		if (webp.remaining() < 12 || !"RIFF".equals(fourCc(webp, 0)) || !"WEBP".equals(fourCc(webp, 8))) {
			throw new ProcessingFailed("media.processing.unreadableImage", "not a WebP file: " + file.getFileName());
		}
		ByteArrayOutputStream kept = new ByteArrayOutputStream(webp.capacity());
		int offset = 12;
		while (offset + 8 <= webp.capacity()) {
			String type = fourCc(webp, offset);
			long size = Integer.toUnsignedLong(webp.getInt(offset + 4));
			long end = offset + 8 + size + (size & 1);
			if (end > webp.capacity()) {
				throw new ProcessingFailed("media.processing.unreadableImage", "broken WebP chunk " + type);
			}
			if (!METADATA.contains(type)) {
				byte[] chunk = new byte[(int) (end - offset)];
				webp.get(offset, chunk);
				if (type.equals("VP8X")) {
					chunk[8] &= (byte) ~METADATA_FLAGS;
				}
				kept.writeBytes(chunk);
			}
			offset = (int) end;
		}
		ByteBuffer header = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
		header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + kept.size())
			.put("WEBP".getBytes(StandardCharsets.US_ASCII));
		ByteArrayOutputStream result = new ByteArrayOutputStream(12 + kept.size());
		result.writeBytes(header.array());
		result.writeBytes(kept.toByteArray());
		Files.write(file, result.toByteArray());
	}

	private static String fourCc(ByteBuffer buffer, int offset) {
		byte[] name = new byte[4];
		buffer.get(offset, name);
		return new String(name, StandardCharsets.US_ASCII);
	}
}
