package id.warta.audit;

import java.util.Map;

/**
 * Appends entries to the audit trail. Modules normally publish an {@link AuditableEvent} instead; this is for
 * facts that are not domain events, such as a sensitive read.
 */
public interface AuditTrail {

	/** Actor name used when the application itself acts. */
	String SYSTEM = "sistem";

	void append(String actor, String action, String objectType, String objectId, Map<String, ?> details);
}
