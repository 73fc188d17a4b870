package id.warta.organization;

import java.util.Map;

import id.warta.audit.AuditableEvent;

/** A division's name, description or state was changed. */
public record DivisionUpdated(String actor, long divisionId, String name, boolean active, java.util.List<String> changedFields) implements AuditableEvent {

	@Override
	public String auditAction() {
		return "DIVISION_UPDATED";
	}

	@Override
	public String auditObjectType() {
		return "Division";
	}

	@Override
	public String auditObjectId() {
		return String.valueOf(divisionId);
	}

	@Override
	public Map<String, ?> auditDetails() {
		return Map.of("name", name, "active", active, "changed", changedFields);
	}
}
