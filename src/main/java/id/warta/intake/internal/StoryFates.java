package id.warta.intake.internal;

import java.util.List;

import id.warta.intake.MaterialState;
import id.warta.newsroom.StoryComposed;
import id.warta.newsroom.StoryPublished;
import id.warta.newsroom.StoryRejected;
import id.warta.newsroom.StoryReturned;
import id.warta.newsroom.StorySources;
import id.warta.newsroom.StorySubmitted;
import id.warta.newsroom.StoryWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The fate a contributor sees on their material follows the story made from it: being worked on, with the
 * screeners, public (with its address), or not used (with the reason). The newsroom only tells what happened to
 * the story. These listeners run in the story's own transaction, so a fate is never behind or ahead of its story:
 * both are committed together, or neither.
 */
@Component
class StoryFates {

	private final MaterialIntake intake;
	private final StorySources sources;

	StoryFates(MaterialIntake intake, StorySources sources) {
		this.intake = intake;
		this.sources = sources;
	}

	@EventListener
	void composed(StoryComposed event) {
		intake.recordFate(event.materialIds(), MaterialState.IN_PROGRESS, null, null);
	}

	@EventListener
	void submitted(StorySubmitted event) {
		fate(event.storyId(), MaterialState.AWAITING_APPROVAL, null, null);
	}

	@EventListener
	void returned(StoryReturned event) {
		fate(event.storyId(), MaterialState.IN_PROGRESS, null, null);
	}

	@EventListener
	void rejected(StoryRejected event) {
		fate(event.storyId(), MaterialState.NOT_USED, null, event.note());
	}

	@EventListener
	void published(StoryPublished event) {
		fate(event.storyId(), MaterialState.PUBLISHED, sources.publicPath(event.storyId()), null);
	}

	@EventListener
	void withdrawn(StoryWithdrawn event) {
		fate(event.storyId(), MaterialState.NOT_USED, null, event.note());
	}

	private void fate(long storyId, MaterialState state, String publicPath, String reason) {
		List<Long> materials = sources.materialIds(storyId);
		if (!materials.isEmpty()) {
			intake.recordFate(materials, state, publicPath, reason);
		}
	}
}
