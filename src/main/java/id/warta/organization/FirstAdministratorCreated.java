package id.warta.organization;

import java.util.Map;

import id.warta.audit.AuditableEvent;

/** The first system administrator was created at the first start of a production installation. */
public record FirstAdministratorCreated(String actor, long accountId, String username) implements AuditableEvent {

	@Override
	public String auditAction() {
		return "FIRST_ADMINISTRATOR_CREATED";
	}

	@Override
	public String auditObjectType() {
		return "StaffAccount";
	}

	@Override
	public String auditObjectId() {
		return String.valueOf(accountId);
	}

	@Override
	public Map<String, ?> auditDetails() {
		return Map.of("username", username);
	}
}
