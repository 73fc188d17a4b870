package id.warta.intake.api;

import id.warta.platform.WebSecurityContribution;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The same rules as the material pages; who may read one item is decided per item by the service. */
@Component
class MaterialApiSecurity implements WebSecurityContribution {

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.POST, "/api/v1/materials").hasAnyRole("CONTRIBUTOR", "CONTENT_ADMIN");
		requests.requestMatchers(HttpMethod.GET, "/api/v1/materials/inbox").hasRole("CONTENT_ADMIN");
		requests.requestMatchers(HttpMethod.POST, "/api/v1/materials/*/set-aside").hasRole("CONTENT_ADMIN");
		requests.requestMatchers(HttpMethod.GET, "/api/v1/materials/mine", "/api/v1/materials/*").authenticated();
	}
}
