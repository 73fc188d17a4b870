package id.warta.notification.internal;

import java.util.List;

import id.warta.organization.Role;
import id.warta.sop.SopItem;
import id.warta.sop.SopStep;
import id.warta.sop.StepDueSoon;
import id.warta.sop.StepOverdue;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The SOP clock: a reminder to whoever acts on a step when three quarters of its time standard have passed, and
 * when it is overdue a notice to them and to the screeners, the agency's superiors in the SOP.
 */
@Component
class SopNotifications {

	private final Notices notices;
	private final MessageSource messages;

	SopNotifications(Notices notices, MessageSource messages) {
		this.notices = notices;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(StepDueSoon event) {
		notices.issueToRole(actorOf(event.step()), "",
				draft(NoticeKind.STEP_DUE_SOON, event.item(), event.step(), event.dueAt()));
	}

	@ApplicationModuleListener
	void on(StepOverdue event) {
		NoticeDraft draft = draft(NoticeKind.STEP_OVERDUE, event.item(), event.step(), event.dueAt());
		notices.issueToRole(actorOf(event.step()), "", draft);
		if (actorOf(event.step()) != Role.SCREENER) {
			notices.issueToRole(Role.SCREENER, "", draft);
		}
	}

	private NoticeDraft draft(NoticeKind kind, SopItem item, SopStep step, java.time.Instant dueAt) {
		String stepName = messages.getMessage(step.labelKey(), null, step.name(), java.util.Locale.forLanguageTag("id"));
		String due = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH.mm")
			.withZone(java.time.ZoneId.of("Asia/Jakarta"))
			.format(dueAt) + " WIB";
		return new NoticeDraft(kind, kind.name() + ":" + item + ":" + step + ":" + dueAt, linkOf(item, step),
				List.of(String.valueOf(item.id()), stepName, due));
	}

	private static Role actorOf(SopStep step) {
		return step == SopStep.SCREENING ? Role.SCREENER : Role.CONTENT_ADMIN;
	}

	private static String linkOf(SopItem item, SopStep step) {
		if ("material".equals(item.type())) {
			return "/bahan/" + item.id();
		}
		return step == SopStep.SCREENING ? "/penyaringan/" + item.id() : "/redaksi/berita/" + item.id();
	}
}
