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
}
