package id.warta.notification.web;

import id.warta.notification.internal.Notices;
import id.warta.organization.StaffPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The number of unread notices, for the header of every back-office page; nothing for the public. */
@ControllerAdvice
class NoticeAdvice {

	private final Notices notices;

	NoticeAdvice(Notices notices) {
		this.notices = notices;
	}

	@ModelAttribute("unreadNotices")
	Long unreadNotices() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
			return notices.unread(staff.id());
		}
		return null;
	}
}
