package id.warta.newsroom.web;

import id.warta.platform.WebSecurityContribution;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The desk is the content admin's (steps 2 and 4); screening is the screeners' (step 3). */
@Component
class NewsroomWebSecurity implements WebSecurityContribution {

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/redaksi/berita", "/redaksi/berita/**").hasRole("CONTENT_ADMIN");
		requests.requestMatchers("/penyaringan", "/penyaringan/**").hasRole("SCREENER");
	}
}
