package id.warta.newsroom;

import java.util.LinkedHashMap;
import java.util.Map;

import id.warta.audit.AuditableEvent;

/**
 * A transition of a story through SOP steps 2–4: who, which story, which revision and the hash of its content,
 * and the note or reason given. The audit entry of every such event has the same shape.
 */
public interface StoryEvent extends AuditableEvent {

	Long storyId();

	int revision();

	String contentHash();

	/** The screener's note, or the reason of a rejection or withdrawal; null when none was asked. */
	String note();

	@Override
	default String auditObjectType() {
		return "Story";
	}

	@Override
	default String auditObjectId() {
		return String.valueOf(storyId());
	}

	@Override
	default Map<String, ?> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("revision", revision());
		details.put("contentHash", contentHash());
		if (note() != null) {
			details.put("note", note());
		}
		return details;
	}
}
