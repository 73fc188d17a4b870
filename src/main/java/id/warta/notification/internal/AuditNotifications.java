package id.warta.notification.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import id.warta.audit.AuditChainAnchored;
import id.warta.audit.AuditChainBroken;
import id.warta.organization.Role;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The audit trail's integrity: a broken chain goes at once to every system administrator and screener (the
 * agency's superiors in the SOP), and each anchored head to the system administrators, whose mailboxes keep a
 * copy of it that nobody with the database can change.
 */
@Component
class AuditNotifications {

	private static final DateTimeFormatter WIB = DateTimeFormatter.ofPattern("d MMM yyyy HH.mm")
		.withZone(ZoneId.of("Asia/Jakarta"));

	private final Notices notices;
	private final MessageSource messages;

	AuditNotifications(Notices notices, MessageSource messages) {
		this.notices = notices;
		this.messages = messages;
	}

	/** Once per break: the same break found by every later check gives no new notice. */
	@ApplicationModuleListener
	void on(AuditChainBroken event) {
		String key = "AuditChainBroken:" + event.brokenSeq() + ":" + event.problem();
		List<String> args = List.of(String.valueOf(event.brokenSeq()),
				messages.getMessage(event.problem(), null, event.problem(), Locale.forLanguageTag("id")),
				WIB.format(event.checkedAt()) + " WIB");
		notices.issueToRole(Role.SYSTEM_ADMIN, "", new NoticeDraft(NoticeKind.AUDIT_CHAIN_BROKEN, key, "/admin/audit", args));
		notices.issueToRole(Role.SCREENER, "", new NoticeDraft(NoticeKind.AUDIT_CHAIN_BROKEN, key, "/pemberitahuan", args));
	}

	@ApplicationModuleListener
	void on(AuditChainAnchored event) {
		notices.issueToRole(Role.SYSTEM_ADMIN, "",
				new NoticeDraft(NoticeKind.AUDIT_CHAIN_ANCHORED, "AuditChainAnchored:" + event.seq() + ":" + event.hash(),
						"/admin/audit", List.of(String.valueOf(event.seq()), event.hash(),
								WIB.format(event.anchoredAt()) + " WIB")));
	}
}
