package id.warta.site.cache;

import java.time.Instant;

/** A rendered public page as sent: body, type, a strong validator and when the site last changed before it. */
record CachedPage(byte[] body, String contentType, String etag, Instant lastModified, long storedAtNanos) {
}
