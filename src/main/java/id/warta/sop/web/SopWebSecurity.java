package id.warta.sop.web;

import id.warta.organization.Role;
import id.warta.platform.WebSecurityContribution;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * SOP settings and holidays are the system administrator's; the compliance report is also for those who answer
 * for the standards: screeners (the agency's leadership) and content admins (ADR 0010).
 */
@Component
class SopWebSecurity implements WebSecurityContribution {

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/admin/sop", "/admin/sop/**").hasRole(Role.SYSTEM_ADMIN.name());
		requests.requestMatchers(HttpMethod.GET, ComplianceController.PATH)
			.hasAnyRole(Role.SYSTEM_ADMIN.name(), Role.SCREENER.name(), Role.CONTENT_ADMIN.name());
	}
}
