package id.warta.newsroom;

/** A screener approved one exact revision, identified by its content hash. */
public record StoryApproved(String actor, Long storyId, int revision, String contentHash, String note)
		implements StoryEvent {

	@Override
	public String auditAction() {
		return "STORY_APPROVED";
	}
}
