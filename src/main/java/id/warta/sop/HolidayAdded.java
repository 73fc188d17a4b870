package id.warta.sop;

import java.time.LocalDate;
import java.util.Map;

import id.warta.audit.AuditableEvent;

/** A holiday or collective-leave day was entered; running clocks were rescheduled around it. */
public record HolidayAdded(String actor, long holidayId, LocalDate date, String name, HolidayKind kind)
		implements AuditableEvent {

	@Override
	public String auditAction() {
		return "HOLIDAY_ADDED";
	}

	@Override
	public String auditObjectType() {
		return "Holiday";
	}

	@Override
	public String auditObjectId() {
		return String.valueOf(holidayId);
	}

	@Override
	public Map<String, ?> auditDetails() {
		return Map.of("date", date.toString(), "name", name, "kind", kind.code());
	}
}
