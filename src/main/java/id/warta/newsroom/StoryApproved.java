package id.warta.newsroom;

import java.util.LinkedHashMap;
import java.util.Map;

import id.warta.audit.AuditableEvent;

/** A screener approved one exact revision, identified by its content hash. */
public record StoryApproved(String actor, Long storyId, int revision, String contentHash, String note)
		implements AuditableEvent {

	@Override
	public String auditAction() {
		return "STORY_APPROVED";
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
