package id.warta.platform.security;

import java.util.LinkedHashMap;
import java.util.List;

import id.warta.platform.WebSecurityContribution;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The one security filter chain. Public URLs are named here; every module names its own through a
 * {@link WebSecurityContribution}; anything else is denied.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** No inline scripts or styles anywhere; nothing may frame Warta. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * No page uses a device or a powerful feature: all are refused to Warta and to anything it embeds, except
	 * full screen and picture-in-picture for its own videos.
	 */
	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), bluetooth=(), camera=(), "
			+ "display-capture=(), encrypted-media=(), fullscreen=(self), geolocation=(), gyroscope=(), hid=(), "
			+ "idle-detection=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(self), "
			+ "publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

	private static AccessDeniedHandler accessDeniedHandler() {
		var expiredForm = new AccessDeniedHandlerImpl();
		expiredForm.setErrorPage(ExpiredFormController.PATH);
		LinkedHashMap<Class<? extends AccessDeniedException>, AccessDeniedHandler> byCause = new LinkedHashMap<>();
		byCause.put(CsrfException.class, expiredForm);
		return new DelegatingAccessDeniedHandler(byCause, new AccessDeniedHandlerImpl());
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle, AuthenticationEventPublisher authenticationEvents, SecuritySettings settings,
			List<WebSecurityContribution> contributions) throws Exception {
		var passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(encoder);
		var manager = new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
		manager.setAuthenticationEventPublisher(authenticationEvents);

		http.authenticationManager(manager);
		http.authorizeHttpRequests(requests -> {
			requests.requestMatchers(HttpMethod.GET, "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico")
				.permitAll();
			requests.requestMatchers("/error", ExpiredFormController.PATH).permitAll();
			requests.requestMatchers(HttpMethod.GET, "/masuk").permitAll();
			requests.requestMatchers(HttpMethod.POST, "/masuk").permitAll();
			// Logging out when not logged in changes nothing; the logout filter answers before this rule anyway.
			requests.requestMatchers(HttpMethod.POST, "/keluar").permitAll();
			requests.requestMatchers(HttpMethod.GET, "/kantor").authenticated();
			requests.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll();
			requests.requestMatchers(HttpMethod.GET, "/api/v1/csrf", "/v3/api-docs", "/v3/api-docs.yaml",
					"/v3/api-docs/**").authenticated();
			requests.requestMatchers(HttpMethod.GET, "/actuator/prometheus")
				.access(new MetricsAccess(settings.metricsToken()));
			contributions.forEach(contribution -> contribution.authorize(requests));
			requests.anyRequest().denyAll();
		});
		http.formLogin(login -> login.loginPage("/masuk")
			.loginProcessingUrl("/masuk")
			.defaultSuccessUrl("/kantor", false)
			.failureHandler(new LoginFailureHandler()));
		http.logout(logout -> logout.logoutUrl("/keluar").logoutSuccessUrl("/masuk?keluar"));
		// Machines (metrics scrapers, later the JSON API) get 401 instead of being sent to the login page.
		http.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(accessDeniedHandler())
			.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
					PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"))
			.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
					PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
			.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
					PathPatternRequestMatcher.withDefaults().matcher("/v3/**")));
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
			.frameOptions(frame -> frame.deny())
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
		for (WebSecurityContribution contribution : contributions) {
			contribution.customize(http);
		}
		return http.build();
	}
}
