package id.warta.site.cache;

import java.time.Instant;

/**
 * A rendered public page as sent: body, type, a strong validator, when the site last changed before it, and for a
 * story's page the fingerprint of the stored story it was rendered from (null for other pages).
 */
record CachedPage(byte[] body, String contentType, String etag, Instant lastModified, String fingerprint,
		long storedAtNanos) {
}
