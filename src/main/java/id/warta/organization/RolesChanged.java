package id.warta.organization;

import java.util.Map;

import id.warta.audit.AuditableEvent;

/** The roles of a staff account were changed. */
public record RolesChanged(String actor, long accountId, String username, java.util.Set<Role> before, java.util.Set<Role> after) implements AuditableEvent {

	@Override
	public String auditAction() {
		return "ROLES_CHANGED";
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
		return Map.of("username", username, "before", before.stream().map(Enum::name).sorted().toList(), "after", after.stream().map(Enum::name).sorted().toList());
	}
}
