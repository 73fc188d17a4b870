package id.warta.newsroom;

/** A screener rejected a story; it will not be published. */
public record StoryRejected(String actor, Long storyId, int revision, String contentHash, String note)
		implements StoryEvent {

	@Override
	public String auditAction() {
		return "STORY_REJECTED";
	}
}
