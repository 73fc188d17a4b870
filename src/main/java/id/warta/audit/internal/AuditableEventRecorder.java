package id.warta.audit.internal;

import id.warta.audit.AuditTrail;
import id.warta.audit.AuditableEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every {@link AuditableEvent} synchronously, inside the publisher's transaction: an audited change
 * cannot commit without its entry.
 */
@Component
class AuditableEventRecorder {

	private final AuditTrail trail;

	AuditableEventRecorder(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(AuditableEvent event) {
		trail.append(event.actor(), event.auditAction(), event.auditObjectType(), event.auditObjectId(),
				event.auditDetails());
	}
}
