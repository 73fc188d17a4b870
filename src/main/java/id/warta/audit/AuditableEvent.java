package id.warta.audit;

import java.util.Map;

/**
 * A domain event that leaves an entry in the audit trail when it is published. Entries are written in the
 * publisher's transaction, so a change and its audit entry commit or roll back together.
 */
public interface AuditableEvent {

	/** Username of the person who acted, or {@code sistem} for the application itself. */
	String actor();

	/** What happened, as a stable code such as {@code ACCOUNT_CREATED}. */
	String auditAction();

	/** The kind of object acted upon, such as {@code StaffAccount}. */
	String auditObjectType();

	String auditObjectId();

	/** Further facts worth keeping; never secrets or passwords. */
	default Map<String, ?> auditDetails() {
		return Map.of();
	}
}
