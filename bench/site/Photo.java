import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.File;

import javax.imageio.ImageIO;

/** Writes a 1600×1000 JPEG for the benchmark's article: a whole picture, so that it passes the upload checks. */
class Photo {

	public static void main(String[] args) throws Exception {
		var image = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, new Color(30, 110, 60), 1600, 1000, new Color(200, 220, 240)));
		graphics.fillRect(0, 0, 1600, 1000);
		graphics.dispose();
		ImageIO.write(image, "jpg", new File(args[0]));
	}
}
