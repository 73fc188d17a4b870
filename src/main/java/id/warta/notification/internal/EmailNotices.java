package id.warta.notification.internal;

import java.time.Clock;
import java.util.Locale;

import id.warta.organization.StaffAccounts;
import id.warta.organization.StaffContact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails each notice, in Indonesian, as plain text with the absolute link. Off when no SMTP server is configured.
 * A failed send fails this event publication only: the notice stays in the application and the e-mail is sent
 * again when the registry resubmits the publication.
 */
@Component
class EmailNotices {

	private static final Logger log = LoggerFactory.getLogger(EmailNotices.class);
	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final JavaMailSender mail;
	private final NoticeRepository notices;
	private final StaffAccounts staff;
	private final MessageSource messages;
	private final NotificationSettings settings;
	private final Clock clock;

	EmailNotices(ObjectProvider<JavaMailSender> mail, NoticeRepository notices, StaffAccounts staff,
			MessageSource messages, NotificationSettings settings, Clock clock) {
		this.mail = mail.getIfAvailable();
		this.notices = notices;
		this.staff = staff;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
		if (this.mail == null) {
			log.info("E-mail notices are off (spring.mail.host is not set): notices are shown in the application only");
		}
	}

	@ApplicationModuleListener
	void on(NoticeIssued event) {
		if (mail == null) {
			return;
		}
		Notice notice = notices.findById(event.noticeId()).orElse(null);
		if (notice == null || notice.isEmailed()) {
			return;
		}
		StaffContact recipient = staff.contact(notice.getRecipientId()).orElse(null);
		if (recipient == null || recipient.email() == null || recipient.email().isBlank()) {
			return;
		}
		try {
			mail.send(message(notice, recipient));
		}
		catch (MailException failure) {
			log.warn("Notice {} not e-mailed to account {}; the event registry will retry: {}", notice.getId(),
					recipient.id(), failure.getMessage());
			throw failure;
		}
		notice.emailed(clock.instant());
	}

	private SimpleMailMessage message(Notice notice, StaffContact recipient) {
		Object[] args = notice.args();
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(settings.from());
		message.setTo(recipient.email());
		message.setSubject(text(notice.getKind().subjectKey(), args));
		message.setText(String.join("\n\n", text("notice.mail.greeting", recipient.fullName()),
				text(notice.getKind().bodyKey(), args), text("notice.mail.open", settings.absolute(notice.getLink())),
				text("notice.mail.footer")));
		return message;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, INDONESIAN);
	}
}
