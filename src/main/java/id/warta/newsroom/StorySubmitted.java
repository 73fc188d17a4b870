package id.warta.newsroom;

/** A revision was frozen and sent to the screeners (SOP step 2 ends, step 3 starts). */
public record StorySubmitted(String actor, Long storyId, int revision, String contentHash, String note)
		implements StoryEvent {

	@Override
	public String auditAction() {
		return "STORY_SUBMITTED";
	}
}
