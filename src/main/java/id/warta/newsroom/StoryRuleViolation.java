package id.warta.newsroom;

/**
 * A step the SOP does not allow for the story as it is now (an illegal transition, a missing note, four eyes),
 * with the message key a user reads. The story is unchanged when this is thrown.
 */
public class StoryRuleViolation extends RuntimeException {

	/** Another screener's decision on the same review round came first (ADR 0020). */
	public static final String DECIDED_ELSEWHERE = "story.review.decidedElsewhere";

	private final String messageKey;

	public StoryRuleViolation(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

	/** Refused because someone else acted first (a save or a decision), not because of a rule: HTTP 409. */
	public boolean isConflict() {
		return DECIDED_ELSEWHERE.equals(messageKey) || "story.edit.stale".equals(messageKey);
	}
}
