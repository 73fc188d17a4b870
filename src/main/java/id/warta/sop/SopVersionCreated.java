package id.warta.sop;

import java.time.LocalDate;
import java.util.Map;

import id.warta.audit.AuditableEvent;

/**
 * A new SOP version was created; items that start from {@code effectiveFrom} on use it.
 *
 * @param standardMinutes the time standard of each step, in minutes of working time, by step name
 */
public record SopVersionCreated(String actor, long versionId, int version, LocalDate effectiveFrom, String note,
		Map<String, Long> standardMinutes) implements AuditableEvent {

	@Override
	public String auditAction() {
		return "SOP_VERSION_CREATED";
	}

	@Override
	public String auditObjectType() {
		return "SopVersion";
	}

	@Override
	public String auditObjectId() {
		return String.valueOf(versionId);
	}

	@Override
	public Map<String, ?> auditDetails() {
		return Map.of("version", version, "effectiveFrom", effectiveFrom.toString(), "note", note, "standardMinutes",
				standardMinutes);
	}
}
