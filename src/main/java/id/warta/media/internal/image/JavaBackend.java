package id.warta.media.internal.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import id.warta.media.internal.processing.ProcessingFailed;
import id.warta.media.internal.processing.ProcessingSource;
import id.warta.media.internal.processing.RenditionFile;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Renditions in plain Java (ImageIO, with TwelveMonkeys for JPEG and WebP reading) for machines without libvips.
 * It writes JPEG only: the JDK and TwelveMonkeys can read WebP but not write it.
 */
final class JavaBackend implements ImageBackend {

	static final int JPEG_QUALITY = 82;

	@Override
	public OriginalHeader header(Path original, Path scratch) throws IOException {
		long[] size = ImageHeader.pixels(original)
			.orElseThrow(() -> new ProcessingFailed("media.processing.unreadableImage",
					"no ImageIO reader could read the header of " + original.getFileName()));
		return new OriginalHeader((int) size[0], (int) size[1], ExifOrientation.of(original));
	}

	@Override
	public List<RenditionFile> render(ProcessingSource source, OriginalHeader header, Path scratch)
			throws IOException {
		BufferedImage oriented = upright(JavaPictures.decode(source.original()), header.orientation());
		Path work = source.workDirectory();
		List<RenditionFile> renditions = new ArrayList<>();
		// Largest first, each from the previous: scaling 1600 down to 1024 is cheaper than 4000 down to 1024,
		// and a step of at most 2.5 keeps the detail.
		List<ResponsiveWidths.Width> widths = new ArrayList<>(ResponsiveWidths.of(oriented.getWidth()));
		widths.sort((a, b) -> Integer.compare(b.pixels(), a.pixels()));
		BufferedImage previous = oriented;
		for (ResponsiveWidths.Width width : widths) {
			int height = ResponsiveWidths.heightFor(width.pixels(), oriented.getWidth(), oriented.getHeight());
			previous = scale(previous, width.pixels(), height);
			renditions.add(0, JavaPictures.writeJpeg(previous, width.name() + ".jpg", work));
		}
		for (CropShape shape : CropShape.values()) {
			CropWindow window = shape.windowIn(oriented.getWidth(), oriented.getHeight(), source.focalPoint());
			BufferedImage crop = oriented.getSubimage(window.left(), window.top(), window.width(), window.height());
			renditions.add(JavaPictures.writeJpeg(scale(crop, window.scaledWidth(), window.scaledHeight()),
					shape.renditionName() + ".jpg", work));
		}
		return renditions;
	}

	/**
	 * Draws the picture upright onto a fresh sRGB canvas with a white background: this drops transparency (JPEG
	 * has none), converts any colour profile to sRGB, and leaves every trace of the original's metadata behind.
	 */
	static BufferedImage upright(BufferedImage stored, int orientation) {
		int w = stored.getWidth();
		int h = stored.getHeight();
		boolean turned = orientation >= 5;
		BufferedImage upright = new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = upright.createGraphics();
		try {
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, upright.getWidth(), upright.getHeight());
			graphics.drawImage(stored, orientationTransform(orientation, w, h), null);
		}
		finally {
			graphics.dispose();
		}
		return upright;
	}

	/** The EXIF orientations 1 to 8 as transforms from stored to upright coordinates. */
	private static AffineTransform orientationTransform(int orientation, int w, int h) {
		return switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
			case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
			default -> new AffineTransform();
		};
	}

	private static BufferedImage scale(BufferedImage image, int width, int height) throws IOException {
		if (image.getWidth() == width && image.getHeight() == height) {
			return image;
		}
		return Thumbnails.of(image)
			.forceSize(width, height)
			.imageType(BufferedImage.TYPE_INT_RGB)
			.asBufferedImage();
	}
}
