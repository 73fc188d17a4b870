package id.warta.organization.internal;

import java.util.Optional;

/** The raster image types accepted for the logo, recognised by their magic bytes. */
enum ImageKind {

	PNG("image/png", "png"), JPEG("image/jpeg", "jpg"), WEBP("image/webp", "webp");

	private final String contentType;
	private final String extension;

	ImageKind(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	String contentType() {
		return contentType;
	}

	String extension() {
		return extension;
	}

	static Optional<ImageKind> sniff(byte[] b) {
		if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0d
				&& b[5] == 0x0a && b[6] == 0x1a && b[7] == 0x0a) {
			return Optional.of(PNG);
		}
		if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
			return Optional.of(JPEG);
		}
		if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
				&& b[10] == 'B' && b[11] == 'P') {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}
}
