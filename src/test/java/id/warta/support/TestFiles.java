package id.warta.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Small, complete files of the allowed types, made in memory for tests that send material. */
public final class TestFiles {

	private TestFiles() {
	}

	/** A complete 16 × 12 JPEG: the same bytes on every call. */
	public static byte[] jpeg() {
		return jpeg(16, 12, Color.ORANGE);
	}

	public static byte[] jpeg(int width, int height, Color colour) {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(colour);
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.BLUE);
		graphics.fillRect(width / 4, height / 4, Math.max(1, width / 2), Math.max(1, height / 2));
		graphics.dispose();
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpg", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** A PDF with one A4 page per text, each text written on its page in Helvetica (ASCII only). */
	public static byte[] pdf(String... pages) {
		try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
			var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
					org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
			for (String text : pages) {
				var page = new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
				document.addPage(page);
				try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, 11);
					content.newLineAtOffset(50, 780);
					content.showText(text);
					content.endText();
				}
			}
			var out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** An MP4 container header ("ftyp isom") followed by random bytes: recognised as video by its content. */
	public static byte[] mp4Noise(int size, long seed) {
		byte[] bytes = new byte[size];
		new java.util.Random(seed).nextBytes(bytes);
		byte[] ftyp = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm',
				'p', '4', '1' };
		System.arraycopy(ftyp, 0, bytes, 0, ftyp.length);
		return bytes;
	}
}
