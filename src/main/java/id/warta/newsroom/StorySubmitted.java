package id.warta.newsroom;

import java.util.LinkedHashMap;
import java.util.Map;

import id.warta.audit.AuditableEvent;

/** A revision was frozen and sent to the screeners (SOP step 2 ends, step 3 starts). */
public record StorySubmitted(String actor, Long storyId, int revision, String contentHash, String note)
		implements AuditableEvent {

	@Override
	public String auditAction() {
		return "STORY_SUBMITTED";
	}

	@Override
	public String auditObjectType() {
		return "Story";
	}

	@Override
	public String auditObjectId() {
		return String.valueOf(storyId);
	}

	@Override
	public Map<String, ?> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("revision", revision);
		details.put("contentHash", contentHash);
		if (note != null) {
			details.put("note", note);
		}
		return details;
	}
}
