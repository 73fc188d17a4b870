package id.warta.audit.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import id.warta.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Logins that succeed and fail, and logouts, with the client address they came from. */
@Component
class AuthenticationAuditor {

	private final AuditTrail trail;

	AuthenticationAuditor(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		record(event.getAuthentication(), "LOGIN_SUCCEEDED", null);
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		record(event.getAuthentication(), "LOGIN_FAILED", event.getException().getClass().getSimpleName());
	}

	@EventListener
	void on(LogoutSuccessEvent event) {
		record(event.getAuthentication(), "LOGGED_OUT", null);
	}

	private void record(Authentication authentication, String action, String reason) {
		String username = authentication.getName();
		Map<String, Object> details = new LinkedHashMap<>();
		if (authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
			details.put("ip", web.getRemoteAddress());
		}
		if (reason != null) {
			details.put("reason", reason);
		}
		trail.append(username, action, "Login", username == null ? "" : username, details);
	}
}
