package id.warta.organization;

import java.util.Map;

import id.warta.audit.AuditableEvent;

/** Something that happened to one staff account; audited with the account's id and username. */
public interface AccountEvent extends AuditableEvent {

	long accountId();

	String username();

	@Override
	default String auditObjectType() {
		return "StaffAccount";
	}

	@Override
	default String auditObjectId() {
		return String.valueOf(accountId());
	}

	@Override
	default Map<String, ?> auditDetails() {
		return Map.of("username", username());
	}
}
