package id.warta.newsroom;

/** A published story was taken down, with the reason. */
public record StoryWithdrawn(String actor, Long storyId, int revision, String contentHash, String note)
		implements StoryEvent {

	@Override
	public String auditAction() {
		return "STORY_WITHDRAWN";
	}
}
