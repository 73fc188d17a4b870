package id.warta.newsroom;

/** The approved revision went public on the website. */
public record StoryPublished(String actor, Long storyId, int revision, String contentHash, String note)
		implements StoryEvent {

	@Override
	public String auditAction() {
		return "STORY_PUBLISHED";
	}
}
