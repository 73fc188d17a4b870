package id.warta.organization.internal;

/**
 * A change the organisation refuses, with the message key a user reads and the form field it concerns
 * ({@code null} for the form as a whole). Nothing was changed when this is thrown.
 */
public class RejectedChange extends RuntimeException {

	private final String field;
	private final String messageKey;

	public RejectedChange(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}
}
