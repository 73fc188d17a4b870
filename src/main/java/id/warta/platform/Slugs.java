package id.warta.platform;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Readable URL names from titles and names: Bidang Prasarana, Sarana dan Utilitas becomes
 * bidang-prasarana-sarana-dan-utilitas. The one slug maker of the application.
 */
public final class Slugs {

	private Slugs() {
	}

	/** Lower-case ASCII letters and digits joined by single hyphens, cut at a hyphen to at most {@code max}. */
	public static String of(String text, int max) {
		String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.length() > max ? slug.substring(0, max).replaceAll("-$", "") : slug;
	}
}
