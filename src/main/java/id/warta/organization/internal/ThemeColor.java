package id.warta.organization.internal;

import java.util.regex.Pattern;

/** The public site's colour, checked for the contrast WCAG 2.1 AA asks of normal text. */
final class ThemeColor {

	/** WCAG 2.1 AA for normal text. */
	static final double MIN_CONTRAST = 4.5;

	private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");

	private ThemeColor() {
	}

	static boolean isHex(String color) {
		return HEX.matcher(color).matches();
	}

	/** The contrast ratio of white text on this colour, from 1 (white) to 21 (black). */
	static double contrastWithWhite(String color) {
		double luminance = 0.2126 * channel(color, 1) + 0.7152 * channel(color, 3) + 0.0722 * channel(color, 5);
		return 1.05 / (luminance + 0.05);
	}

	private static double channel(String color, int start) {
		double value = Integer.parseInt(color.substring(start, start + 2), 16) / 255.0;
		return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
	}
}
