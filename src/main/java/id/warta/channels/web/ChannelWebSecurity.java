package id.warta.channels.web;

import id.warta.platform.WebSecurityContribution;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Channel accounts are handled by the content admin and the system administrator. */
@Component
class ChannelWebSecurity implements WebSecurityContribution {

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/kanal", "/kanal/**").hasAnyRole("CONTENT_ADMIN", "SYSTEM_ADMIN");
	}
}
