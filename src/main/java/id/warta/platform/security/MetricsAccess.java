package id.warta.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Metrics are for the system administrator, or for a scraper that presents the configured bearer token.
 */
class MetricsAccess implements AuthorizationManager<RequestAuthorizationContext> {

	private final byte[] token;

	MetricsAccess(String token) {
		this.token = token == null ? new byte[0] : token.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		String header = context.getRequest().getHeader("Authorization");
		if (token.length > 0 && header != null && header.startsWith("Bearer ")) {
			byte[] presented = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
			return new AuthorizationDecision(MessageDigest.isEqual(token, presented));
		}
		Authentication user = authentication.get();
		boolean admin = user != null && user.isAuthenticated()
				&& user.getAuthorities().stream().anyMatch(a -> "ROLE_SYSTEM_ADMIN".equals(a.getAuthority()));
		return new AuthorizationDecision(admin);
	}
}
