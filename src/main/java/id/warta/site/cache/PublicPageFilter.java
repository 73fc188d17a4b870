package id.warta.site.cache;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Decides which public pages are kept in the {@link PageCache}, and lets browsers and a CDN keep them for a minute
 * ({@code Cache-Control}, a strong {@code ETag}, {@code Last-Modified}, 304 answers). Runs inside the security
 * filter chain, after authorization, so that it knows who is asking: signed-in staff always get a fresh, private
 * page, and only what the rules let an anonymous reader see is ever kept. Most anonymous readers are answered
 * before the chain by the {@link PageCacheHitFilter}; this filter answers the rest from memory too.
 */
class PublicPageFilter extends OncePerRequestFilter {

	static final String PUBLIC = "public, max-age=60, stale-while-revalidate=300";
	static final String PRIVATE = "private, no-store";
	/** Says whether a page came from memory; for operators and tests. */
	static final String CACHE_STATUS = "X-Warta-Cache";
	/** The reader's language choice (WebConfiguration): the same address is another page in English. */
	static final String LANGUAGE_COOKIE = "warta-lang";

	/** Headers that belong to one answer or that {@link CachedPage#writeTo} sets itself: never kept. */
	private static final Set<String> NOT_KEPT = caseInsensitive(HttpHeaders.CACHE_CONTROL, HttpHeaders.PRAGMA,
			HttpHeaders.EXPIRES, HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED, CACHE_STATUS,
			HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH, HttpHeaders.CONTENT_ENCODING,
			HttpHeaders.TRANSFER_ENCODING, HttpHeaders.DATE, HttpHeaders.CONNECTION, "Keep-Alive",
			HttpHeaders.SET_COOKIE);

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private final PageCache cache;
	private final StoryPageFingerprint fingerprints;

	PublicPageFilter(PageCache cache, StoryPageFingerprint fingerprints) {
		this.cache = cache;
		this.fingerprints = fingerprints;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = path(request);
		if (!"GET".equals(request.getMethod()) || !PublicSitePaths.matches(path)) {
			chain.doFilter(request, response);
			return;
		}
		if (TRUST.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
			chain.doFilter(request, response);
			return;
		}
		String key = key(request, path);
		var cached = cache.get(key);
		if (cached.isPresent()) {
			if (fingerprints.stillMatches(path, cached.get().fingerprint())) {
				cached.get().writeTo(request, response, "HIT");
				return;
			}
			cache.evict(key);
		}
		PageCache.Generation generation = cache.generation();
		// Before rendering: a change made while the page renders must not be taken for what the page shows.
		String fingerprint = fingerprints.current(path);
		var buffered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, buffered);
		if (shareable(request, buffered)) {
			byte[] body = buffered.getContentAsByteArray();
			var page = new CachedPage(body, buffered.getContentType(), etag(body), generation.since(), fingerprint,
					System.nanoTime(), Map.of());
			page.writeTo(request, response, "MISS");
			// The security chain writes its headers (CSP, frame and referrer rules, ...) when the answer is
			// committed: a copy served before the chain must carry them too.
			response.flushBuffer();
			cache.put(key, page.withHeaders(kept(response)), generation);
		}
		else {
			buffered.copyBodyToResponse();
		}
	}

	static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/** Which copy of a page a reader gets: by address and query, and by language. */
	static String key(HttpServletRequest request, String path) {
		String language = "";
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (LANGUAGE_COOKIE.equals(cookie.getName())) {
					language = cookie.getValue();
				}
			}
		}
		// Scheme too: some security headers (HSTS) are only sent over HTTPS.
		return path + '?' + (request.getQueryString() == null ? "" : request.getQueryString()) + '#' + language
				+ (request.isSecure() ? "#s" : "");
	}

	/**
	 * Only a successful page that sets no cookie and was rendered without a session may be shared: the CSRF token
	 * lives in the session, so a page rendered without one cannot carry a token, nor anyone's name.
	 */
	private static boolean shareable(HttpServletRequest request, ContentCachingResponseWrapper response) {
		return response.getStatus() == HttpServletResponse.SC_OK && response.getContentType() != null
				&& response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() && request.getSession(false) == null;
	}

	private static Map<String, List<String>> kept(HttpServletResponse response) {
		Map<String, List<String>> kept = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			if (!NOT_KEPT.contains(name)) {
				kept.put(name, List.copyOf(response.getHeaders(name)));
			}
		}
		return kept;
	}

	private static Set<String> caseInsensitive(String... names) {
		var set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		set.addAll(List.of(names));
		return set;
	}

	/** A strong validator: the same bytes give the same tag on every node. */
	private static String etag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return '"' + HexFormat.of().formatHex(digest, 0, 16) + '"';
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
		}
	}
}
