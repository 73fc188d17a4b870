package id.warta.newsroom;

/**
 * A step the SOP does not allow for the story as it is now (an illegal transition, a missing note, four eyes),
 * with the message key a user reads. The story is unchanged when this is thrown.
 */
public class StoryRuleViolation extends RuntimeException {

	private final String messageKey;

	public StoryRuleViolation(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
