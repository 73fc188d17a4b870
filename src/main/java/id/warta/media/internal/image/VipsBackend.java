package id.warta.media.internal.image;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import id.warta.media.internal.processing.ProcessingFailed;
import id.warta.media.internal.processing.ProcessingSource;
import id.warta.media.internal.processing.RenditionFile;

/**
 * Renditions through the libvips command line: shrink-on-load makes it several times faster than decoding the
 * whole original in Java, it writes WebP, and it is the only way here to read HEIC.
 */
final class VipsBackend implements ImageBackend {

	/** Save options: no metadata at all, and transparency flattened onto white for JPEG. */
	private static final String JPEG = ".jpg[Q=" + JavaBackend.JPEG_QUALITY + ",strip,background=255]";

	private static final String WEBP = ".webp[Q=80,strip]";

	/** Height for "as wide as asked, as high as the proportions make it". */
	private static final String ANY_HEIGHT = "10000000";

	private final VipsCommand vips;

	private final VipsCommand ownFiles;

	VipsBackend(Duration timeout) {
		this.vips = new VipsCommand(timeout, true);
		this.ownFiles = new VipsCommand(timeout, false);
	}

	@Override
	public OriginalHeader header(Path original, Path scratch) throws IOException {
		return header(vips, original, scratch);
	}

	private static OriginalHeader header(VipsCommand vips, Path file, Path scratch) throws IOException {
		String fields = vips.run(scratch, List.of("vipsheader", "-a", file.toString()));
		int width = field(fields, "width", -1);
		int height = field(fields, "height", -1);
		if (width < 1 || height < 1) {
			throw new ProcessingFailed("media.processing.unreadableImage", "vipsheader gave no size");
		}
		return new OriginalHeader(width, height, field(fields, "orientation", 1));
	}

	@Override
	public List<RenditionFile> render(ProcessingSource source, OriginalHeader header, Path scratch)
			throws IOException {
		Path original = source.original();
		Path work = source.workDirectory();
		List<RenditionFile> renditions = new ArrayList<>();
		for (ResponsiveWidths.Width width : ResponsiveWidths.of(header.orientedWidth())) {
			renditions.add(thumbnail(original, width.pixels(), work.resolve(width.name() + ".jpg"), JPEG,
					"image/jpeg", scratch));
			renditions.add(thumbnail(original, width.pixels(), work.resolve(width.name() + ".webp"), WEBP,
					"image/webp", scratch));
		}
		renditions.addAll(crops(source, header, scratch));
		return renditions;
	}

	/**
	 * Every crop is cut from one oriented intermediate, only as large as the most demanding crop needs, so the
	 * original is decoded once (and shrunk while decoding) rather than once per crop.
	 */
	private List<RenditionFile> crops(ProcessingSource source, OriginalHeader header, Path scratch)
			throws IOException {
		double scale = 0;
		for (CropShape shape : CropShape.values()) {
			scale = Math.max(scale,
					shape.windowIn(header.orientedWidth(), header.orientedHeight(), source.focalPoint()).scale());
		}
		int intermediateWidth = Math.max(1, (int) Math.ceil(header.orientedWidth() * scale));
		Path intermediate = scratch.resolve("oriented.v");
		vips.run(scratch, thumbnailCommand(source.original(), intermediate.toString(), intermediateWidth));
		OriginalHeader oriented = header(ownFiles, intermediate, scratch);
		List<RenditionFile> crops = new ArrayList<>();
		for (CropShape shape : CropShape.values()) {
			CropWindow window = shape.windowIn(oriented.width(), oriented.height(), source.focalPoint());
			Path target = source.workDirectory().resolve(shape.renditionName() + ".jpg");
			String cropped = target.toString() + JPEG.substring(".jpg".length());
			if (window.scale() < 1) {
				Path piece = scratch.resolve(shape.renditionName() + ".v");
				ownFiles.run(scratch, extract(intermediate, piece.toString(), window));
				ownFiles.run(scratch,
						List.of("vips", "resize", piece.toString(), cropped, String.valueOf(window.scale())));
			}
			else {
				ownFiles.run(scratch, extract(intermediate, cropped, window));
			}
			crops.add(written(shape.renditionName() + ".jpg", "image/jpeg", target, scratch));
		}
		return crops;
	}

	private RenditionFile thumbnail(Path original, int width, Path target, String options, String contentType,
			Path scratch) throws IOException {
		String withOptions = target.toString().substring(0, target.toString().lastIndexOf('.')) + options;
		vips.run(scratch, thumbnailCommand(original, withOptions, width));
		if (contentType.equals("image/webp")) {
			WebpChunks.stripMetadata(target);
		}
		return written(target.getFileName().toString(), contentType, target, scratch);
	}

	/**
	 * {@code vips thumbnail} rather than {@code vipsthumbnail}: the same operation, but only this form takes
	 * {@code --fail-on}, without which a truncated upload comes out with a grey bottom instead of failing. It
	 * turns the picture upright by its EXIF orientation and converts it to sRGB, so stripping the profile keeps
	 * the colours.
	 */
	private static List<String> thumbnailCommand(Path original, String target, int width) {
		return List.of("vips", "thumbnail", original.toString(), target, String.valueOf(width), "--height",
				ANY_HEIGHT, "--size", "down", "--fail-on", "truncated", "--export-profile", "srgb");
	}

	private static List<String> extract(Path input, String output, CropWindow window) {
		return List.of("vips", "extract_area", input.toString(), output, String.valueOf(window.left()),
				String.valueOf(window.top()), String.valueOf(window.width()), String.valueOf(window.height()));
	}

	/** Reports the size vips actually wrote, which may differ by a rounded pixel from what was asked. */
	private RenditionFile written(String name, String contentType, Path file, Path scratch) throws IOException {
		// In-process header reading is much cheaper than starting vipsheader once more for each rendition.
		long[] size = ImageHeader.pixels(file).orElse(null);
		if (size == null) {
			OriginalHeader written = header(ownFiles, file, scratch);
			return new RenditionFile(name, contentType, written.width(), written.height(), file);
		}
		return new RenditionFile(name, contentType, (int) size[0], (int) size[1], file);
	}

	private static int field(String fields, String name, int otherwise) {
		String prefix = name + ": ";
		return fields.lines()
			.filter(line -> line.startsWith(prefix))
			.map(line -> line.substring(prefix.length()).strip())
			.filter(value -> value.matches("\\d{1,9}"))
			.map(Integer::parseInt)
			.findFirst()
			.orElse(otherwise);
	}
}
