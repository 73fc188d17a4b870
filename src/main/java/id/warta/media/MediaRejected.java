package id.warta.media;

/** A file that was not stored, with the message key that tells the sender why. */
public class MediaRejected extends RuntimeException {

	private final String messageKey;
	private final String fileName;

	public MediaRejected(String messageKey, String fileName) {
		super(messageKey + ": " + fileName);
		this.messageKey = messageKey;
		this.fileName = fileName;
	}

	public String messageKey() {
		return messageKey;
	}

	public String fileName() {
		return fileName;
	}
}
