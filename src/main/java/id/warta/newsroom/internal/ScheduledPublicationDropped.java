package id.warta.newsroom.internal;

import java.util.Map;

import id.warta.audit.AuditTrail;
import id.warta.audit.AuditableEvent;

/** A scheduled publication was given up: the story is no longer approved, or publishing it kept failing. */
record ScheduledPublicationDropped(long storyId, String requestedBy, int attempts, String reason)
		implements AuditableEvent {

	@Override
	public String actor() {
		return AuditTrail.SYSTEM;
	}

	@Override
	public String auditAction() {
		return "SCHEDULED_PUBLICATION_DROPPED";
	}

	@Override
	public String auditObjectType() {
		return "Story";
	}

	@Override
	public String auditObjectId() {
		return Long.toString(storyId);
	}

	@Override
	public Map<String, ?> auditDetails() {
		return Map.of("requestedBy", requestedBy, "attempts", attempts, "reason", reason);
	}
}
