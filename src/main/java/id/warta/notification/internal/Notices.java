package id.warta.notification.internal;

import java.time.Clock;
import java.util.List;

import id.warta.organization.Role;
import id.warta.organization.StaffAccounts;
import id.warta.organization.StaffContact;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues notices to staff, and lets each staff member read and clear their own. */
@Service
public class Notices {

	private final NoticeRepository notices;
	private final StaffAccounts staff;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Notices(NoticeRepository notices, StaffAccounts staff, ApplicationEventPublisher events, Clock clock) {
		this.notices = notices;
		this.staff = staff;
		this.events = events;
		this.clock = clock;
	}

	/** The newest notices of this staff member, newest first. */
	@Transactional(readOnly = true)
	public List<Notice> of(long staffId) {
		return notices.findTop100ByRecipientIdOrderByCreatedAtDescIdDesc(staffId);
	}

	@Transactional(readOnly = true)
	public long unread(long staffId) {
		return notices.countByRecipientIdAndReadAtIsNull(staffId);
	}

	/** Marks one of this staff member's own notices read; anyone else's is not found. */
	@Transactional
	public void markRead(long staffId, long noticeId) {
		notices.findByIdAndRecipientId(noticeId, staffId)
			.orElseThrow(() -> new NoticeNotFound(noticeId))
			.read(clock.instant());
	}

	@Transactional
	public void markAllRead(long staffId) {
		notices.markAllRead(staffId, clock.instant());
	}

	/** To every active holder of the role except the person whose action this is about. */
	@Transactional
	void issueToRole(Role role, String actor, NoticeDraft draft) {
		for (StaffContact recipient : staff.withRole(role)) {
			if (!recipient.username().equals(actor)) {
				issue(recipient, draft);
			}
		}
	}

	/** Once per recipient and event, however often the event is delivered. */
	@Transactional
	void issue(StaffContact recipient, NoticeDraft draft) {
		if (notices.existsByRecipientIdAndEventKey(recipient.id(), draft.eventKey())) {
			return;
		}
		Notice notice = notices.save(new Notice(recipient.agencyId(), recipient.id(), draft, clock.instant()));
		events.publishEvent(new NoticeIssued(notice.getId()));
	}
}
