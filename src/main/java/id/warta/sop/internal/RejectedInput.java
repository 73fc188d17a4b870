package id.warta.sop.internal;

/**
 * Input the SOP module refuses, with the message key a user reads, its arguments, and the form field it
 * concerns ({@code null} for the form as a whole). Nothing was changed when this is thrown.
 */
public class RejectedInput extends RuntimeException {

	private final String field;
	private final String messageKey;
	private final transient Object[] arguments;

	public RejectedInput(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
