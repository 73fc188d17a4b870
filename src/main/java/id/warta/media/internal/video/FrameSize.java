package id.warta.media.internal.video;

/** A picture size in square pixels, and the smaller sizes renditions are scaled to. */
record FrameSize(int width, int height) {

	FrameSize {
		if (width <= 0 || height <= 0) {
			throw new IllegalArgumentException("no picture: " + width + "x" + height);
		}
	}

	/**
	 * Fits within a long and a short side whichever way the picture is turned, so that portrait video gets the same
	 * limit as landscape. Never enlarges. Both sides are even, because H.264 in 4:2:0 needs them to be.
	 */
	FrameSize fitForVideo(int longSide, int shortSide) {
		double scale = Math.min(1, Math.min((double) longSide / Math.max(width, height),
				(double) shortSide / Math.min(width, height)));
		return new FrameSize(even(width * scale), even(height * scale));
	}

	/** At most this wide, never enlarged. */
	FrameSize fitWidth(int maxWidth) {
		double scale = Math.min(1, (double) maxWidth / width);
		return new FrameSize(Math.max(1, (int) Math.round(width * scale)),
				Math.max(1, (int) Math.round(height * scale)));
	}

	/** The ffmpeg filter that scales to this size and declares square pixels. */
	String scaleFilter() {
		return "scale=" + width + ":" + height + ",setsar=1";
	}

	/** Rounds to whole pixels first, so that 1079.9999 of floating point error stays 1080, then down to even. */
	private static int even(double side) {
		return Math.max(2, (int) Math.round(side) / 2 * 2);
	}
}
