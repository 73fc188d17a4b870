package id.warta.newsroom;

/**
 * Where a story's working revision stands in the SOP. A published story that is edited goes back to
 * {@link #DRAFT} while its published revision stays on the website until a new one is approved and published.
 */
public enum StoryState {
	DRAFT, IN_REVIEW, RETURNED, APPROVED, PUBLISHED, REJECTED, WITHDRAWN;

	public String labelKey() {
		return "storyState." + name();
	}
}
