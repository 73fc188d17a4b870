package id.warta.sop;

import java.util.Map;

import id.warta.audit.AuditableEvent;

/**
 * A seed file of holidays shipped with Warta (such as {@code hari-libur-2026.csv}) was loaded for the agency.
 * Dates already entered were kept as they were.
 */
public record HolidaysImported(String actor, long agencyId, String source, int added, int skipped)
		implements AuditableEvent {

	@Override
	public String auditAction() {
		return "HOLIDAYS_IMPORTED";
	}

	@Override
	public String auditObjectType() {
		return "HolidaySeed";
	}

	@Override
	public String auditObjectId() {
		return source;
	}

	@Override
	public Map<String, ?> auditDetails() {
		return Map.of("agencyId", agencyId, "added", added, "skipped", skipped);
	}
}
