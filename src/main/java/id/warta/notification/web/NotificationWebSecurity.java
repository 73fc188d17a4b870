package id.warta.notification.web;

import id.warta.platform.WebSecurityContribution;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Every signed-in staff member has notices; each sees only their own (decided in the service). */
@Component
class NotificationWebSecurity implements WebSecurityContribution {

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/pemberitahuan", "/pemberitahuan/**").authenticated();
	}
}
