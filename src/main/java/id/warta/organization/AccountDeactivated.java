package id.warta.organization;

import java.util.Map;

import id.warta.audit.AuditableEvent;

/** A staff account was deactivated; it can no longer sign in. */
public record AccountDeactivated(String actor, long accountId, String username) implements AuditableEvent {

	@Override
	public String auditAction() {
		return "ACCOUNT_DEACTIVATED";
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
