package id.warta.media.web;

import id.warta.platform.WebSecurityContribution;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The system page is for the system administrator; stored originals for staff. */
@Component
class MediaWebSecurity implements WebSecurityContribution {

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/admin/sistem").hasRole("SYSTEM_ADMIN");
		// Originals of material, published or not, are for staff; public renditions come with the website.
		requests.requestMatchers(HttpMethod.GET, "/media/*").authenticated();
	}
}
