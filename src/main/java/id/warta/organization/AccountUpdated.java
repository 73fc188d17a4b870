package id.warta.organization;

import java.util.Map;

import id.warta.audit.AuditableEvent;

/** A staff account's details were changed, by an administrator or by its owner. */
public record AccountUpdated(String actor, long accountId, String username, java.util.List<String> changedFields) implements AuditableEvent {

	@Override
	public String auditAction() {
		return "ACCOUNT_UPDATED";
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
		return Map.of("username", username, "changed", changedFields);
	}
}
