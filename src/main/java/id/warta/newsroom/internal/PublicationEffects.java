package id.warta.newsroom.internal;

import id.warta.intake.MaterialState;
import id.warta.intake.Materials;
import org.springframework.stereotype.Component;

/**
 * What follows a publication however it was triggered (now or at its scheduled time): step 4's clock stops, and
 * the senders of the material see where it went.
 */
@Component
class PublicationEffects {

	private final Materials materials;
	private final StoryClocks sop;

	PublicationEffects(Materials materials, StoryClocks sop) {
		this.materials = materials;
		this.sop = sop;
	}

	void published(Story story, java.time.Instant at) {
		sop.published(story, at);
		materials.recordFate(story.getSourceMaterialIds(), MaterialState.PUBLISHED, PublicPaths.of(story), null);
	}
}
