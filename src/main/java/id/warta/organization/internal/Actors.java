package id.warta.organization.internal;

import id.warta.organization.StaffPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in staff member behind the current request. */
final class Actors {

	private Actors() {
	}

	static StaffPrincipal current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
			return principal;
		}
		throw new AccessDeniedException("No staff member is signed in");
	}
}
