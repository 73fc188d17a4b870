package id.warta.newsroom.internal;

import id.warta.intake.MaterialState;
import id.warta.intake.Materials;
import org.springframework.stereotype.Component;

/** What follows a publication however it was triggered: the senders of the material see where it went. */
@Component
class PublicationEffects {

	private final Materials materials;

	PublicationEffects(Materials materials) {
		this.materials = materials;
	}

	void published(Story story) {
		materials.recordFate(story.getSourceMaterialIds(), MaterialState.PUBLISHED, PublicPaths.of(story), null);
	}
}
