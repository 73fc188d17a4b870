package id.warta.organization;

import java.util.Map;

import id.warta.audit.AuditableEvent;

/** A staff account was created. */
public record AccountCreated(String actor, long accountId, String username, java.util.Set<Role> roles, Long divisionId) implements AuditableEvent {

	@Override
	public String auditAction() {
		return "ACCOUNT_CREATED";
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
		return Map.of("username", username, "roles", roles.stream().map(Enum::name).sorted().toList(), "divisionId", String.valueOf(divisionId));
	}
}
