package id.warta.site.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves anonymous readers of the public website from the {@link PageCache} and lets browsers and a CDN keep
 * pages for a minute ({@code Cache-Control}, a strong {@code ETag}, {@code Last-Modified}, 304 answers). Runs
 * inside the security filter chain, after authorization, so that it knows who is asking: signed-in staff always
 * get a fresh, private page.
 */
class PublicPageFilter extends OncePerRequestFilter {

	static final String PUBLIC = "public, max-age=60, stale-while-revalidate=300";
	static final String PRIVATE = "private, no-store";
	/** Says whether a page came from memory; for operators and tests. */
	static final String CACHE_STATUS = "X-Warta-Cache";
	/** The reader's language choice (WebConfiguration): the same address is another page in English. */
	static final String LANGUAGE_COOKIE = "warta-lang";

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
		String path = request.getRequestURI().substring(request.getContextPath().length());
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
		PageCache.Generation generation = cache.generation();
		// Before rendering: a change made while the page renders must not be taken for what the page shows.
		String fingerprint = fingerprints.of(path);
		var cached = cache.get(key);
		if (cached.isPresent()) {
			if (Objects.equals(cached.get().fingerprint(), fingerprint)) {
				send(cached.get(), "HIT", request, response);
				return;
			}
			cache.evict(key);
		}
		var buffered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, buffered);
		if (shareable(request, buffered)) {
			byte[] body = buffered.getContentAsByteArray();
			var page = new CachedPage(body, buffered.getContentType(), etag(body), generation.since(), fingerprint,
					System.nanoTime());
			cache.put(key, page, generation);
			send(page, "MISS", request, response);
		}
		else {
			buffered.copyBodyToResponse();
		}
	}

	/**
	 * Only a successful page that sets no cookie and was rendered without a session may be shared: the CSRF token
	 * lives in the session, so a page rendered without one cannot carry a token, nor anyone's name.
	 */
	private static boolean shareable(HttpServletRequest request, ContentCachingResponseWrapper response) {
		return response.getStatus() == HttpServletResponse.SC_OK && response.getContentType() != null
				&& response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() && request.getSession(false) == null;
	}

	private static void send(CachedPage page, String status, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
		response.setHeader(CACHE_STATUS, status);
		if (new ServletWebRequest(request, response).checkNotModified(page.etag(),
				page.lastModified().toEpochMilli())) {
			return;
		}
		response.setContentType(page.contentType());
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}

	private static String key(HttpServletRequest request, String path) {
		String language = "";
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (LANGUAGE_COOKIE.equals(cookie.getName())) {
					language = cookie.getValue();
				}
			}
		}
		return path + '?' + (request.getQueryString() == null ? "" : request.getQueryString()) + '#' + language;
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
