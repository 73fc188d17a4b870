package id.warta.newsroom.internal;

import id.warta.newsroom.StepFourSettled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Stops a story's step-4 clock when the channels report every chosen channel published or skipped. The clock is
 * the newsroom's: the module that sends to the channels only says that step 4 is settled, and when.
 */
@Component
class StepFourClock {

	private final StoryRepository stories;
	private final StoryClocks sop;

	StepFourClock(StoryRepository stories, StoryClocks sop) {
		this.stories = stories;
		this.sop = sop;
	}

	@ApplicationModuleListener
	void settled(StepFourSettled event) {
		stories.findById(event.storyId()).ifPresent(story -> sop.published(story, event.at()));
	}
}
