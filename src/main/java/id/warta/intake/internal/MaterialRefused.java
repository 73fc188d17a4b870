package id.warta.intake.internal;

/** Material that cannot be accepted as sent, with the field and the message key the sender reads. */
public class MaterialRefused extends RuntimeException {

	private final String field;
	private final String messageKey;

	public MaterialRefused(String field, String messageKey) {
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
