package id.warta.media.internal.image;

/**
 * What an original's header says, read without decoding its pixels.
 *
 * @param width stored pixels, before orientation
 * @param height stored pixels, before orientation
 * @param orientation the EXIF orientation, 1 (as stored) to 8
 */
record OriginalHeader(int width, int height, int orientation) {

	OriginalHeader {
		if (orientation < 1 || orientation > 8) {
			orientation = 1;
		}
	}

	/** Orientations 5 to 8 turn the picture a quarter, so width and height change places. */
	boolean quarterTurned() {
		return orientation >= 5;
	}

	int orientedWidth() {
		return quarterTurned() ? height : width;
	}

	int orientedHeight() {
		return quarterTurned() ? width : height;
	}

	long pixels() {
		return (long) width * height;
	}
}
