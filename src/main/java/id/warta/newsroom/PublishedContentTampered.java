package id.warta.newsroom;

import java.util.Map;

import id.warta.audit.AuditableEvent;

/**
 * A published revision no longer matches what was approved: changed behind the application's back. The
 * website withholds it; this alert reaches the audit trail and the system administrator.
 */
public record PublishedContentTampered(long storyId, int revision, String approvedHash, String actualHash)
		implements AuditableEvent {

	@Override
	public String actor() {
		return "sistem";
	}

	@Override
	public String auditAction() {
		return "PUBLISHED_CONTENT_TAMPERED";
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
		return Map.of("revision", revision, "approvedHash", approvedHash, "actualHash", actualHash);
	}
}
