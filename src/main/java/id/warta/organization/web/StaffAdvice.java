package id.warta.organization.web;

import id.warta.organization.Agencies;
import id.warta.organization.AgencyProfile;
import id.warta.organization.StaffPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The signed-in staff member and the agency, for the header of every page. */
@ControllerAdvice
class StaffAdvice {

	private final Agencies agencies;

	StaffAdvice(Agencies agencies) {
		this.agencies = agencies;
	}

	@ModelAttribute("currentStaff")
	StaffPrincipal currentStaff() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal ? principal
				: null;
	}

	@ModelAttribute("agency")
	AgencyProfile agency() {
		return agencies.current();
	}
}
