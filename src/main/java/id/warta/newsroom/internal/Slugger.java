package id.warta.newsroom.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Readable slugs from titles, for stories' public URLs. */
final class Slugger {

	private Slugger() {
	}

	static String slug(String title) {
		String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.length() > 120 ? slug.substring(0, 120).replaceAll("-$", "") : slug;
	}
}
