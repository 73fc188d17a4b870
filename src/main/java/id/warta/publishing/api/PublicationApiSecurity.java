package id.warta.publishing.api;

import id.warta.platform.WebSecurityContribution;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Screeners may look at where a story went; only the content admin acts on publications. */
@Component
class PublicationApiSecurity implements WebSecurityContribution {

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/api/v1/publications", "/api/v1/channels")
			.hasAnyRole("CONTENT_ADMIN", "SCREENER");
		requests.requestMatchers("/api/v1/publications/**").hasRole("CONTENT_ADMIN");
	}
}
