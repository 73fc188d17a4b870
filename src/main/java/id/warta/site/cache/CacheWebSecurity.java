package id.warta.site.cache;

import id.warta.platform.WebSecurityContribution;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link PublicPageFilter} into the security chain right after authorization: it must know whether the
 * reader is signed in, and must serve nothing the rules would refuse. Not a filter bean, so that the servlet
 * container does not run it a second time outside the chain. Maps no URL of its own.
 */
@Component
class CacheWebSecurity implements WebSecurityContribution {

	private final PageCache cache;
	private final StoryPageFingerprint fingerprints;

	CacheWebSecurity(PageCache cache, StoryPageFingerprint fingerprints) {
		this.cache = cache;
		this.fingerprints = fingerprints;
	}

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
	}

	@Override
	public void customize(HttpSecurity http) {
		http.addFilterAfter(new PublicPageFilter(cache, fingerprints), AuthorizationFilter.class);
	}
}
