package id.warta.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's part of the web security: an explicit access rule for every URL it maps, and any filter it needs.
 * Whatever no contribution names is refused to everyone.
 */
public interface WebSecurityContribution {

	void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

	default void customize(HttpSecurity http) throws Exception {
	}
}
