package id.warta.notification.internal;

import java.util.List;

/**
 * A notice before it has a recipient: what it is about, the back-office path it points to, the arguments of its
 * texts, and the key of the event it comes from, so that an event delivered twice gives one notice.
 */
record NoticeDraft(NoticeKind kind, String eventKey, String link, List<String> args) {

	NoticeDraft {
		args = args.stream().map(arg -> arg == null ? "" : arg).toList();
	}
}
