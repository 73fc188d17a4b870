package id.warta.site.cache;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/**
 * Answers anonymous readers from the {@link PageCache} before the security filter chain runs (ADR 0017): the
 * chain is most of the cost of a page served from memory. Only a GET or HEAD of a public address by a request that
 * cannot be signed in (no session, no remember-me cookie, no credentials) is answered here, and only with a page
 * that the {@link PublicPageFilter} kept after the chain served it to an anonymous reader at the same key, with
 * the headers the chain wrote then. Everything else, misses included, goes through the chain.
 * <p>
 * A plain servlet filter registered for requests only (not error or async dispatches), so that a hit costs no
 * request attributes.
 */
class PageCacheHitFilter extends HttpFilter {

	/** Spring Session's and Spring Security's cookie names, beside the servlet container's session cookie. */
	private static final Set<String> SIGNED_IN_COOKIES = Set.of("JSESSIONID", "SESSION", "remember-me");

	private final PageCache cache;
	private final StoryPageFingerprint fingerprints;

	PageCacheHitFilter(PageCache cache, StoryPageFingerprint fingerprints) {
		this.cache = cache;
		this.fingerprints = fingerprints;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = PublicPageFilter.path(request);
		if (!anonymousRead(request, path)) {
			chain.doFilter(request, response);
			return;
		}
		var cached = cache.get(PublicPageFilter.key(request, path));
		if (cached.isPresent() && fingerprints.stillMatches(path, cached.get().fingerprint())) {
			cached.get().writeTo(request, response, "HIT");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean anonymousRead(HttpServletRequest request, String path) {
		String method = request.getMethod();
		return ("GET".equals(method) || "HEAD".equals(method)) && PublicSitePaths.matches(path)
				&& request.getRequestedSessionId() == null && request.getHeader(HttpHeaders.AUTHORIZATION) == null
				&& !signedInCookie(request) && request.getSession(false) == null;
	}

	private static boolean signedInCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		String sessionCookie = request.getServletContext().getSessionCookieConfig().getName();
		for (Cookie cookie : cookies) {
			if (SIGNED_IN_COOKIES.contains(cookie.getName()) || cookie.getName().equals(sessionCookie)) {
				return true;
			}
		}
		return false;
	}
}
