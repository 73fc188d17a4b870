package id.warta.organization;

import java.util.Map;

import id.warta.audit.AuditableEvent;

/** An administrator gave an account a one-time password that must be changed at the next login. */
public record PasswordReset(String actor, long accountId, String username) implements AuditableEvent {

	@Override
	public String auditAction() {
		return "PASSWORD_RESET";
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
