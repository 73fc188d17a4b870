package id.warta.organization;

import java.util.Map;

import id.warta.audit.AuditableEvent;

/** A staff member changed their own password. */
public record PasswordChanged(String actor, long accountId, String username) implements AuditableEvent {

	@Override
	public String auditAction() {
		return "PASSWORD_CHANGED";
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
