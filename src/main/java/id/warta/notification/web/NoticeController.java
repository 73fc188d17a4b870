package id.warta.notification.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import id.warta.notification.internal.Notice;
import id.warta.notification.internal.Notices;
import id.warta.organization.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The signed-in staff member's own notices, newest first, and marking them read. */
@Controller
@RequestMapping("/pemberitahuan")
class NoticeController {

	static final String VIEW = "notification/notices";
	static final String BACK = "redirect:/pemberitahuan";

	/** A notice as the reader sees it, in their language. */
	record NoticeView(long id, String title, String text, String link, Instant createdAt, boolean read) {
	}

	private final Notices notices;
	private final MessageSource messages;

	NoticeController(Notices notices, MessageSource messages) {
		this.notices = notices;
		this.messages = messages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
		List<NoticeView> views = notices.of(staff.id()).stream().map(notice -> view(notice, locale)).toList();
		model.addAttribute("notices", views);
		return VIEW;
	}

	@PostMapping("/{id}/dibaca")
	String markRead(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable long id) {
		notices.markRead(staff.id(), id);
		return BACK;
	}

	@PostMapping("/dibaca-semua")
	String markAllRead(@AuthenticationPrincipal StaffPrincipal staff) {
		notices.markAllRead(staff.id());
		return BACK;
	}

	private NoticeView view(Notice notice, Locale locale) {
		Object[] args = notice.args();
		return new NoticeView(notice.getId(), messages.getMessage(notice.getKind().subjectKey(), args, locale),
				messages.getMessage(notice.getKind().bodyKey(), args, locale), notice.getLink(),
				notice.getCreatedAt(), notice.isRead());
	}
}
