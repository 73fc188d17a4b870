package id.warta.site.search;

import id.warta.platform.WebSecurityContribution;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Search is open to everyone, for reading: it finds only what the public website shows anyway. */
@Component
class SearchWebSecurity implements WebSecurityContribution {

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/cari").permitAll();
	}
}
