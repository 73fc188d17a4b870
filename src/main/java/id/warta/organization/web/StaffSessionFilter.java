package id.warta.organization.web;

import java.io.IOException;
import java.util.Objects;
import java.util.Set;

import id.warta.organization.StaffAccounts;
import id.warta.organization.StaffPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in session in step with the account: a deactivated account is signed out at its next request,
 * changed roles apply at once, and an account with a one-time password can do nothing until it has chosen its
 * own.
 */
class StaffSessionFilter extends OncePerRequestFilter {

	static final String CHANGE_PASSWORD = "/akun/kata-sandi";
	private static final Set<String> ALLOWED_PREFIXES = Set.of("/css/", "/js/", "/img/", "/webjars/", "/actuator/");
	private static final Set<String> ALLOWED_PATHS = Set.of(CHANGE_PASSWORD, "/keluar", "/error", "/logo",
			"/favicon.ico", "/masuk");

	private final StaffAccounts accounts;
	private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	StaffSessionFilter(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return ALLOWED_PREFIXES.stream().anyMatch(path::startsWith) || path.equals("/favicon.ico");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SecurityContext context = SecurityContextHolder.getContext();
		Authentication authentication = context.getAuthentication();
		if (!(authentication != null && authentication.getPrincipal() instanceof StaffPrincipal signedIn)) {
			chain.doFilter(request, response);
			return;
		}
		var current = accounts.reload(signedIn.id()).filter(StaffPrincipal::isEnabled);
		if (current.isEmpty()) {
			SecurityContextHolder.clearContext();
			var session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			response.sendRedirect(request.getContextPath() + "/masuk?nonaktif");
			return;
		}
		StaffPrincipal fresh = current.get();
		if (changed(signedIn, fresh)) {
			fresh.eraseCredentials();
			var refreshed = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
			refreshed.setDetails(authentication.getDetails());
			SecurityContext updated = SecurityContextHolder.createEmptyContext();
			updated.setAuthentication(refreshed);
			SecurityContextHolder.setContext(updated);
			repository.saveContext(updated, request, response);
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (fresh.mustChangePassword() && !ALLOWED_PATHS.contains(path)) {
			response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean changed(StaffPrincipal before, StaffPrincipal after) {
		return !before.roles().equals(after.roles()) || before.mustChangePassword() != after.mustChangePassword()
				|| !Objects.equals(before.fullName(), after.fullName())
				|| !Objects.equals(before.divisionId(), after.divisionId());
	}
}
