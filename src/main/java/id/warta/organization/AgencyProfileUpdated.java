package id.warta.organization;

import java.util.Map;

import id.warta.audit.AuditableEvent;

/** The agency profile (name, contacts, logo, social links) was changed. */
public record AgencyProfileUpdated(String actor, long agencyId, java.util.List<String> changedFields) implements AuditableEvent {

	@Override
	public String auditAction() {
		return "AGENCY_PROFILE_UPDATED";
	}

	@Override
	public String auditObjectType() {
		return "Agency";
	}

	@Override
	public String auditObjectId() {
		return String.valueOf(agencyId);
	}

	@Override
	public Map<String, ?> auditDetails() {
		return Map.of("changed", changedFields);
	}
}
