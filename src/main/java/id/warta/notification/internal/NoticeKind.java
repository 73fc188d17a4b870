package id.warta.notification.internal;

/** What a notice is about; each kind has its texts in {@code i18n/notification}. */
public enum NoticeKind {

	MATERIAL_RECEIVED("materialReceived"),
	MATERIAL_SET_ASIDE("materialSetAside"),
	STORY_SUBMITTED("storySubmitted"),
	STORY_APPROVED("storyApproved"),
	STORY_RETURNED("storyReturned"),
	STORY_REJECTED("storyRejected"),
	CONTENT_TAMPERED("contentTampered"),
	STEP_DUE_SOON("stepDueSoon"),
	STEP_OVERDUE("stepOverdue"),
	CHANNEL_RECONNECT("channelReconnect"),
	PUBLICATION_STOPPED("publicationStopped"),
	AUDIT_CHAIN_BROKEN("auditChainBroken"),
	AUDIT_CHAIN_ANCHORED("auditChainAnchored"),
	CONTENT_WITHHELD("contentWithheld");

	private final String key;

	NoticeKind(String key) {
		this.key = key;
	}

	/** One line: the in-app title and the e-mail subject. */
	public String subjectKey() {
		return "notice." + key + ".subject";
	}

	/** A few sentences: the e-mail text and the line under the title in the application. */
	public String bodyKey() {
		return "notice." + key + ".body";
	}
}
