package id.warta.organization.web;

import id.warta.organization.Role;
import id.warta.organization.StaffAccounts;
import id.warta.platform.WebSecurityContribution;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.stereotype.Component;

/** Access rules for the organisation's pages, and the filter that keeps signed-in sessions current. */
@Component
class OrganizationWebSecurity implements WebSecurityContribution {

	private final StaffAccounts accounts;

	OrganizationWebSecurity(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/logo").permitAll();
		requests.requestMatchers(HttpMethod.GET, "/akun/profil", "/akun/kata-sandi").authenticated();
		requests.requestMatchers(HttpMethod.POST, "/akun/profil", "/akun/kata-sandi").authenticated();
		requests.requestMatchers("/admin/bidang", "/admin/bidang/**", "/admin/akun", "/admin/akun/**",
				"/admin/instansi", "/admin/instansi/**")
			.hasRole(Role.SYSTEM_ADMIN.name());
	}

	@Override
	public void customize(HttpSecurity http) {
		http.addFilterBefore(new StaffSessionFilter(accounts), AuthorizationFilter.class);
	}
}
