package id.warta.media.internal.image;

import id.warta.media.internal.processing.FocalPoint;

/** The aspect ratios that social cards, feeds and stories ask for, each cut around the focal point. */
enum CropShape {

	SQUARE("crop-1x1", 1, 1),
	PORTRAIT("crop-4x5", 4, 5),
	LINK_CARD("crop-191x100", 191, 100),
	WIDE("crop-16x9", 16, 9),
	STORY("crop-9x16", 9, 16);

	/** Larger crops gain nothing on the channels they are for, and cost upload time. */
	static final int LONG_SIDE = 1080;

	private final String name;

	private final int ratioWidth;

	private final int ratioHeight;

	CropShape(String name, int ratioWidth, int ratioHeight) {
		this.name = name;
		this.ratioWidth = ratioWidth;
		this.ratioHeight = ratioHeight;
	}

	/** The rendition name without extension, e.g. {@code crop-16x9}. */
	String renditionName() {
		return name;
	}

	/**
	 * The largest window of this ratio inside a picture of this size, moved so that the focal point is as near its
	 * centre as the picture's edges allow.
	 */
	CropWindow windowIn(int width, int height, FocalPoint focus) {
		int windowWidth;
		int windowHeight;
		if ((long) width * ratioHeight > (long) height * ratioWidth) {
			windowHeight = height;
			windowWidth = clamp((int) Math.round((double) height * ratioWidth / ratioHeight), 1, width);
		}
		else {
			windowWidth = width;
			windowHeight = clamp((int) Math.round((double) width * ratioHeight / ratioWidth), 1, height);
		}
		int left = clamp((int) Math.round(focus.x() * width - windowWidth / 2.0), 0, width - windowWidth);
		int top = clamp((int) Math.round(focus.y() * height - windowHeight / 2.0), 0, height - windowHeight);
		return new CropWindow(left, top, windowWidth, windowHeight);
	}

	private static int clamp(int value, int min, int max) {
		return Math.max(min, Math.min(max, value));
	}
}
