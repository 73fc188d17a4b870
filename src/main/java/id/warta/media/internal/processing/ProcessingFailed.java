package id.warta.media.internal.processing;

import java.io.IOException;

/** The original could not be processed; the message key tells staff why (the original is kept regardless). */
public class ProcessingFailed extends IOException {

	private final String messageKey;

	public ProcessingFailed(String messageKey, String detail) {
		super(messageKey + ": " + detail);
		this.messageKey = messageKey;
	}

	public ProcessingFailed(String messageKey, String detail, Throwable cause) {
		super(messageKey + ": " + detail, cause);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
