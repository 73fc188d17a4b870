package id.warta.media.internal.image;

/** A rectangle of a picture, in pixels from its top left corner. */
record CropWindow(int left, int top, int width, int height) {

	/** The factor that brings the long side down to {@link CropShape#LONG_SIDE}, never above one. */
	double scale() {
		return Math.min(1.0, (double) CropShape.LONG_SIDE / Math.max(width, height));
	}

	int scaledWidth() {
		return Math.max(1, (int) Math.round(width * scale()));
	}

	int scaledHeight() {
		return Math.max(1, (int) Math.round(height * scale()));
	}
}
