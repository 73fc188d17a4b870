package id.warta.site.cache;

import java.io.IOException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * A rendered public page as sent: body, type, a strong validator, when the site last changed before it, for a
 * story's page the fingerprint of the stored story it was rendered from (null for other pages), and the other
 * headers its first answer carried (the security chain's among them), which every copy of it carries again.
 */
record CachedPage(byte[] body, String contentType, String etag, Instant lastModified, String fingerprint,
		long storedAtNanos, Map<String, List<String>> headers) {

	CachedPage {
		var byName = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
		headers.forEach((name, values) -> byName.put(name, List.copyOf(values)));
		headers = Collections.unmodifiableMap(byName);
	}

	CachedPage withHeaders(Map<String, List<String>> sent) {
		return new CachedPage(body, contentType, etag, lastModified, fingerprint, storedAtNanos, sent);
	}

	/** Answers with this page, or 304 when the reader's copy is this one; no body for HEAD. */
	void writeTo(HttpServletRequest request, HttpServletResponse response, String cacheStatus) throws IOException {
		headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		response.setHeader(HttpHeaders.CACHE_CONTROL, PublicPageFilter.PUBLIC);
		if (!headers.containsKey(HttpHeaders.VARY)) {
			response.setHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
		}
		response.setHeader(PublicPageFilter.CACHE_STATUS, cacheStatus);
		if (new ServletWebRequest(request, response).checkNotModified(etag, lastModified.toEpochMilli())) {
			return;
		}
		response.setContentType(contentType);
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}
}
