package id.warta.media;

import java.util.List;

/**
 * Implemented by modules that use media items, so that the media library can say where an item is used without
 * depending on those modules.
 */
public interface MediaUsage {

	List<Use> usesOf(long mediaId);

	/**
	 * One place an item is used.
	 *
	 * @param labelKey message key of the kind of place, e.g. "material" or "story"
	 * @param title what it is called there
	 * @param path the staff page that shows it
	 */
	record Use(String labelKey, String title, String path) {
	}
}
