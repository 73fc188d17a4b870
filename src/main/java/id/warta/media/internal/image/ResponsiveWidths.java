package id.warta.media.internal.image;

import java.util.ArrayList;
import java.util.List;

/** The widths a picture is offered in for {@code srcset}; a picture is never made larger than it is. */
final class ResponsiveWidths {

	static final List<Integer> WIDTHS = List.of(320, 640, 1024, 1600);

	private ResponsiveWidths() {
	}

	/**
	 * The widths for a picture this wide, each with the name it is stored under. A picture narrower than the
	 * smallest width still gets that one, at its own width, so that every picture has a rendition.
	 */
	static List<Width> of(int originalWidth) {
		List<Width> widths = new ArrayList<>();
		for (int width : WIDTHS) {
			if (width <= originalWidth) {
				widths.add(new Width("w" + width, width));
			}
		}
		if (widths.isEmpty()) {
			widths.add(new Width("w" + WIDTHS.get(0), originalWidth));
		}
		return widths;
	}

	/** The height that keeps the proportions, at least one pixel. */
	static int heightFor(int width, int originalWidth, int originalHeight) {
		return Math.max(1, (int) Math.round((double) originalHeight * width / originalWidth));
	}

	/** @param name without extension, e.g. {@code w640} */
	record Width(String name, int pixels) {
	}
}
