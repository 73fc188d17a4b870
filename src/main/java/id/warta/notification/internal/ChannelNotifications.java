package id.warta.notification.internal;

import java.util.List;

import id.warta.channels.ChannelAccountChanged;
import id.warta.organization.Role;
import id.warta.publishing.PublicationRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Step 4 on the social channels: an account that must be connected again, and a publication that stopped and
 * needs a decision (failed, unclear, or waiting for an account), go to the content admins.
 */
@Component
class ChannelNotifications {

	private final Notices notices;

	ChannelNotifications(Notices notices) {
		this.notices = notices;
	}

	@ApplicationModuleListener
	void on(ChannelAccountChanged event) {
		if (event.change() != ChannelAccountChanged.Change.RECONNECT_NEEDED) {
			return;
		}
		// Once per reason: the hourly expiry check and a refused token each warn one time.
		notices.issueToRole(Role.CONTENT_ADMIN, event.actor(),
				new NoticeDraft(NoticeKind.CHANNEL_RECONNECT,
						"ChannelReconnect:" + event.channel() + ":" + (event.reason() == null ? "" : event.reason()),
						"/kanal", List.of(event.channel().name(), event.reason() == null ? "" : event.reason())));
	}

	@ApplicationModuleListener
	void on(PublicationRecorded event) {
		if (!List.of("FAILED", "NEEDS_CHECK", "NEEDS_RECONNECT").contains(event.action())) {
			return;
		}
		notices.issueToRole(Role.CONTENT_ADMIN, event.actor(),
				new NoticeDraft(NoticeKind.PUBLICATION_STOPPED,
						"PublicationStopped:" + event.publicationId() + ":" + event.action(),
						"/redaksi/berita/" + event.storyId() + "/kanal",
						List.of(String.valueOf(event.storyId()), event.channel().name(), event.action())));
	}
}
