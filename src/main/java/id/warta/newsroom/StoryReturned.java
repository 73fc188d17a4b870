package id.warta.newsroom;

/** A screener sent a revision back for rework, with a note saying what to change. */
public record StoryReturned(String actor, Long storyId, int revision, String contentHash, String note)
		implements StoryEvent {

	@Override
	public String auditAction() {
		return "STORY_RETURNED";
	}
}
