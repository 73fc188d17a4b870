package id.warta.intake;

import java.time.Instant;
import java.util.Map;

import id.warta.audit.AuditableEvent;

/** Material reached the admin: SOP step 1 ends at {@code receivedAt}, step 2 begins. */
public record MaterialReceived(String actor, long materialId, String trackingNumber, Long divisionId,
		Instant activityAt, Instant receivedAt, int files) implements AuditableEvent {

	@Override
	public String auditAction() {
		return "MATERIAL_RECEIVED";
	}

	@Override
	public String auditObjectType() {
		return "Material";
	}

	@Override
	public String auditObjectId() {
		return String.valueOf(materialId);
	}

	@Override
	public Map<String, ?> auditDetails() {
		return Map.of("trackingNumber", trackingNumber, "files", files);
	}
}
