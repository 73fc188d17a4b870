package id.warta.notification.internal;

import java.util.List;

import id.warta.newsroom.PublishedContentTampered;
import id.warta.newsroom.StoryApproved;
import id.warta.newsroom.StoryRejected;
import id.warta.newsroom.StoryReturned;
import id.warta.newsroom.StorySubmitted;
import id.warta.organization.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Steps 2 to 4 of the SOP: a submitted revision goes to the screeners; their decision goes back to the content
 * admins; tampered published content goes to the system administrators and the content admins at once.
 */
@Component
class NewsroomNotifications {

	private final Notices notices;

	NewsroomNotifications(Notices notices) {
		this.notices = notices;
	}

	@ApplicationModuleListener
	void on(StorySubmitted event) {
		notices.issueToRole(Role.SCREENER, event.actor(), story(NoticeKind.STORY_SUBMITTED, "/penyaringan/",
				event.storyId(), event.revision(), event.actor(), event.note()));
	}

	@ApplicationModuleListener
	void on(StoryApproved event) {
		notices.issueToRole(Role.CONTENT_ADMIN, event.actor(), story(NoticeKind.STORY_APPROVED, "/redaksi/berita/",
				event.storyId(), event.revision(), event.actor(), event.note()));
	}

	@ApplicationModuleListener
	void on(StoryReturned event) {
		notices.issueToRole(Role.CONTENT_ADMIN, event.actor(), story(NoticeKind.STORY_RETURNED, "/redaksi/berita/",
				event.storyId(), event.revision(), event.actor(), event.note()));
	}

	@ApplicationModuleListener
	void on(StoryRejected event) {
		notices.issueToRole(Role.CONTENT_ADMIN, event.actor(), story(NoticeKind.STORY_REJECTED, "/redaksi/berita/",
				event.storyId(), event.revision(), event.actor(), event.note()));
	}

	/**
	 * One notice per distinct tampered content: the alarm repeats hourly, the notice does not. The system
	 * administrators look into the database; the content admins learn that the story is withheld.
	 */
	@ApplicationModuleListener
	void on(PublishedContentTampered event) {
		String key = "PublishedContentTampered:" + event.storyId() + ":" + event.revision() + ":" + event.actualHash();
		List<String> args = List.of(String.valueOf(event.storyId()), String.valueOf(event.revision()));
		notices.issueToRole(Role.SYSTEM_ADMIN, event.actor(),
				new NoticeDraft(NoticeKind.CONTENT_TAMPERED, key, "/admin/audit", args));
		notices.issueToRole(Role.CONTENT_ADMIN, event.actor(),
				new NoticeDraft(NoticeKind.CONTENT_WITHHELD, key, "/redaksi/berita/" + event.storyId(), args));
	}

	private static NoticeDraft story(NoticeKind kind, String path, Long storyId, int revision, String actor,
			String note) {
		return new NoticeDraft(kind, kind.name() + ":" + storyId + ":" + revision, path + storyId,
				List.of(String.valueOf(storyId), String.valueOf(revision), actor, note == null ? "" : note));
	}
}
