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

	/**
	 * Step 4 ends here only when the website was the one channel chosen; otherwise it ends when every chosen social
	 * channel is published or skipped, which the publishing module decides.
	 */
	void published(Story story, java.time.Instant at) {
		boolean social = story.published()
			.orElseThrow()
			.content()
			.channels()
			.stream()
			.anyMatch(channel -> channel != id.warta.newsroom.Channel.WEBSITE);
		if (!social) {
			sop.published(story, at);
		}
		materials.recordFate(story.getSourceMaterialIds(), MaterialState.PUBLISHED, PublicPaths.of(story), null);
	}
}
