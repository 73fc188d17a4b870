package id.warta.organization.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Readable URL names: Bidang Prasarana, Sarana dan Utilitas becomes bidang-prasarana-sarana-dan-utilitas. */
final class Slugs {

	private Slugs() {
	}

	static String of(String text) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-$", "") : slug;
	}
}
