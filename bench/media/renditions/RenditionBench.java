package id.warta.media.internal.image;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import id.warta.media.internal.processing.FocalPoint;
import id.warta.media.internal.processing.ProcessingSource;

/**
 * Times the full rendition set of a 12-megapixel photo with Warta's two backends against plain vipsthumbnail
 * making the same widths. Lives in the processor's package to reach its package-private factories.
 */
public class RenditionBench {

	public static void main(String[] args) throws Exception {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
		Path directory = Files.createTempDirectory("warta-rendition-bench");
		try {
			Path photo = photo(directory.resolve("photo.jpg"), 4000, 3000);
			System.out.printf("input: 4000x3000 JPEG, %d KiB; %d runs after 1 warm-up, %d cores%n",
					Files.size(photo) / 1024, runs, Runtime.getRuntime().availableProcessors());
			double vips = median(runs, () -> warta(ImageProcessor.vipsOnly(), photo, directory));
			double java = median(runs, () -> warta(ImageProcessor.javaOnly(), photo, directory));
			double plain = median(runs, () -> vipsthumbnail(photo, directory));
			System.out.printf("Warta, vips backend (8 widths jpg+webp, 5 crops): median %.0f ms%n", vips);
			System.out.printf("Warta, Java backend (4 widths jpg, 5 crops):      median %.0f ms%n", java);
			System.out.printf("vipsthumbnail (8 widths jpg+webp, no crops):     median %.0f ms%n", plain);
			System.out.printf("ratio Warta vips / vipsthumbnail: %.2f%n", vips / plain);
			System.out.printf("ratio Warta Java / vipsthumbnail: %.2f%n", java / plain);
		}
		finally {
			try (Stream<Path> paths = Files.walk(directory)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(path);
				}
			}
		}
	}

	interface Run {
		void run() throws Exception;
	}

	static double median(int runs, Run run) throws Exception {
		run.run();
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			run.run();
			millis.add((System.nanoTime() - start) / 1e6);
		}
		millis.sort(Double::compare);
		return runs % 2 == 1 ? millis.get(runs / 2) : (millis.get(runs / 2 - 1) + millis.get(runs / 2)) / 2;
	}

	static void warta(ImageProcessor processor, Path photo, Path directory) throws IOException {
		Path work = Files.createTempDirectory(directory, "work");
		processor.process(new ProcessingSource(photo, "image/jpeg", new FocalPoint(0.3, 0.4), work));
	}

	static void vipsthumbnail(Path photo, Path directory) throws Exception {
		Path work = Files.createTempDirectory(directory, "plain");
		for (int width : ResponsiveWidths.WIDTHS) {
			for (String format : List.of(".jpg[Q=82,strip]", ".webp[Q=80,strip]")) {
				Process process = new ProcessBuilder("vipsthumbnail", photo.toString(), "--size", width + "x", "-o",
						work.resolve("w" + width + format).toString()).inheritIO().start();
				if (process.waitFor() != 0) {
					throw new IOException("vipsthumbnail failed");
				}
			}
		}
	}

	/** A photo-like picture: gradients and noise, so JPEG has real detail to decode. */
	static Path photo(Path file, int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, new Color(30, 90, 160), width, height, new Color(230, 180, 90)));
		graphics.fillRect(0, 0, width, height);
		Random random = new Random(42);
		for (int i = 0; i < 3000; i++) {
			graphics.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 120));
			graphics.fillOval(random.nextInt(width), random.nextInt(height), 20 + random.nextInt(200),
					20 + random.nextInt(200));
		}
		graphics.dispose();
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.9f);
			writer.setOutput(output);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return file;
	}
}
