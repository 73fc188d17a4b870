package id.warta.media.web;

import id.warta.platform.WebSecurityContribution;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The system page is for the system administrator; stored files for staff (each item checked again against who
 * may see it); the library for those who compose, screen or run the site; uploads for those who send material.
 */
@Component
class MediaWebSecurity implements WebSecurityContribution {

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/admin/sistem").hasRole("SYSTEM_ADMIN");
		// Originals of material, published or not, are for staff; public renditions come with the website.
		requests.requestMatchers(HttpMethod.GET, "/media/*", "/media/*/r/*").authenticated();
		// What the public will see, before it is published: for those who preview and screen stories.
		requests.requestMatchers(HttpMethod.GET, "/media/lihat/*", "/media/lihat/*/*/*")
			.hasAnyRole("CONTENT_ADMIN", "SCREENER");
		requests.requestMatchers(HttpMethod.GET, "/pustaka", "/pustaka/*")
			.hasAnyRole("CONTENT_ADMIN", "SCREENER", "SYSTEM_ADMIN");
		requests.requestMatchers(HttpMethod.POST, "/pustaka/*", "/pustaka/*/fokus", "/pustaka/*/proses-ulang")
			.hasRole("CONTENT_ADMIN");
		for (HttpMethod method : new HttpMethod[] { HttpMethod.OPTIONS, HttpMethod.POST }) {
			requests.requestMatchers(method, "/api/v1/uploads").hasAnyRole("CONTRIBUTOR", "CONTENT_ADMIN");
		}
		for (HttpMethod method : new HttpMethod[] { HttpMethod.HEAD, HttpMethod.PATCH, HttpMethod.DELETE }) {
			requests.requestMatchers(method, "/api/v1/uploads/*").hasAnyRole("CONTRIBUTOR", "CONTENT_ADMIN");
		}
	}
}
