package id.warta.intake.web;

import id.warta.platform.WebSecurityContribution;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Contributors send material; the admin works through the inbox; who may see one item is decided per item. */
@Component
class IntakeWebSecurity implements WebSecurityContribution {

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/bahan/kirim").hasAnyRole("CONTRIBUTOR", "CONTENT_ADMIN");
		requests.requestMatchers(HttpMethod.GET, "/bahan/saya").authenticated();
		requests.requestMatchers(HttpMethod.GET, "/bahan/bidang").hasRole("CONTRIBUTOR");
		requests.requestMatchers(HttpMethod.GET, "/bahan/*").authenticated();
		requests.requestMatchers(HttpMethod.GET, "/redaksi/bahan").hasAnyRole("CONTENT_ADMIN");
		requests.requestMatchers(HttpMethod.POST, "/redaksi/bahan/*/tidak-digunakan").hasRole("CONTENT_ADMIN");
	}
}
