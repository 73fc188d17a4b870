package id.warta.notification.internal;

/**
 * A notice was stored; e-mailing it is a separate event publication, so that a mail server that is down never
 * loses the notice in the application, and the e-mail is retried from the event registry.
 */
public record NoticeIssued(long noticeId) {
}
