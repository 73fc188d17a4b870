package id.warta.notification.internal;

import java.util.List;

import id.warta.intake.Material;
import id.warta.intake.MaterialReceived;
import id.warta.intake.MaterialSetAside;
import id.warta.intake.Materials;
import id.warta.organization.Role;
import id.warta.organization.StaffAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Step 1 of the SOP: new material goes to the content admins; material set aside goes back to its sender. */
@Component
class IntakeNotifications {

	private static final Logger log = LoggerFactory.getLogger(IntakeNotifications.class);

	private final Notices notices;
	private final Materials materials;
	private final StaffAccounts staff;

	IntakeNotifications(Notices notices, Materials materials, StaffAccounts staff) {
		this.notices = notices;
		this.materials = materials;
		this.staff = staff;
	}

	@ApplicationModuleListener
	void on(MaterialReceived event) {
		Material material = material(event.materialId());
		if (material == null) {
			return;
		}
		notices.issueToRole(Role.CONTENT_ADMIN, event.actor(),
				new NoticeDraft(NoticeKind.MATERIAL_RECEIVED, "MaterialReceived:" + material.id(), link(material),
						List.of(material.senderName(), material.title(), material.trackingNumber())));
	}

	@ApplicationModuleListener
	void on(MaterialSetAside event) {
		Material material = material(event.materialId());
		if (material == null) {
			return;
		}
		NoticeDraft draft = new NoticeDraft(NoticeKind.MATERIAL_SET_ASIDE, "MaterialSetAside:" + material.id(),
				link(material), List.of(material.title(), material.trackingNumber(), event.reason()));
		staff.contact(material.senderId()).ifPresent(sender -> notices.issue(sender, draft));
	}

	private Material material(long id) {
		Material material = materials.find(id).orElse(null);
		if (material == null) {
			log.warn("Material {} is gone; nobody is notified about it", id);
		}
		return material;
	}

	private static String link(Material material) {
		return "/bahan/" + material.id();
	}
}
