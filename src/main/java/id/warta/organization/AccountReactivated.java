package id.warta.organization;

import java.util.Map;

import id.warta.audit.AuditableEvent;

/** A deactivated staff account was allowed to sign in again. */
public record AccountReactivated(String actor, long accountId, String username) implements AuditableEvent {

	@Override
	public String auditAction() {
		return "ACCOUNT_REACTIVATED";
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
