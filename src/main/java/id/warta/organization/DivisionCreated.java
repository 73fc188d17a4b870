package id.warta.organization;

import java.util.Map;

import id.warta.audit.AuditableEvent;

/** A division was created. */
public record DivisionCreated(String actor, long divisionId, String name) implements AuditableEvent {

	@Override
	public String auditAction() {
		return "DIVISION_CREATED";
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
		return Map.of("name", name);
	}
}
