package id.warta.media;

import java.time.Duration;
import java.util.Optional;

/**
 * Signed, expiring addresses of published media, for platforms that fetch a post's media themselves (Instagram,
 * Threads, TikTok). The address names one item and one rendition; it stops working when it expires, and the site
 * still serves it only while the item belongs to published content.
 */
public interface MediaLinks {

	/**
	 * A path such as {@code /berkas/tautan/…}; append it to the site's public address.
	 *
	 * @param rendition a rendition's name, or null for what the public may see of the item
	 */
	String signedPath(long mediaId, String rendition, Duration validFor);

	/** What a signed path's token names, when its signature holds and it has not expired. */
	Optional<Target> verify(String token);

	/** @param rendition null for what the public may see of the item */
	record Target(long mediaId, String rendition) {
	}
}
