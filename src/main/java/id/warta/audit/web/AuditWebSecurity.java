package id.warta.audit.web;

import id.warta.platform.WebSecurityContribution;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The audit trail is for the system administrator only. */
@Component
class AuditWebSecurity implements WebSecurityContribution {

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/admin/audit", "/admin/audit/**").hasRole("SYSTEM_ADMIN");
	}
}
