package id.warta.newsroom.api;

import id.warta.platform.WebSecurityContribution;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The same division of work as the pages: the admin composes and publishes, screeners decide. */
@Component
class StoryApiSecurity implements WebSecurityContribution {

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/api/v1/stories/queue").hasRole("SCREENER");
		requests.requestMatchers(HttpMethod.GET, "/api/v1/stories/desk").hasRole("CONTENT_ADMIN");
		requests.requestMatchers(HttpMethod.POST, "/api/v1/stories/*/decisions").hasRole("SCREENER");
		requests.requestMatchers(HttpMethod.GET, "/api/v1/stories/*").hasAnyRole("CONTENT_ADMIN", "SCREENER");
		requests.requestMatchers("/api/v1/stories", "/api/v1/stories/**").hasRole("CONTENT_ADMIN");
	}
}
