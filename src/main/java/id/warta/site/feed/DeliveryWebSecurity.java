package id.warta.site.feed;

import id.warta.platform.WebSecurityContribution;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Feeds, the sitemap and robots.txt are for everyone, for reading only. */
@Component
class DeliveryWebSecurity implements WebSecurityContribution {

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/feed/*.xml", "/feed/*/*.xml", "/feed/bidang/*/*.xml",
				"/sitemap.xml", "/robots.txt").permitAll();
	}
}
