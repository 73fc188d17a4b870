package id.warta.intake;

import java.util.Map;

import id.warta.audit.AuditableEvent;

/** The admin decided material will not be used; its sender is told why. */
public record MaterialSetAside(String actor, long materialId, String reason) implements AuditableEvent {

	@Override
	public String auditAction() {
		return "MATERIAL_SET_ASIDE";
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
		return Map.of("reason", reason);
	}
}
