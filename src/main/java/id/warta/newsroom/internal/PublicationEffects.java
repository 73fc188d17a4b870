package id.warta.newsroom.internal;

import org.springframework.stereotype.Component;

/**
 * What follows a publication however it was triggered (now or at its scheduled time): step 4's clock stops when
 * the website was the only channel. (The senders of the material learn where it went from the story's event.)
 */
@Component
class PublicationEffects {

	private final StoryClocks sop;

	PublicationEffects(StoryClocks sop) {
		this.sop = sop;
	}

	/**
	 * Step 4 ends here only when the website was the one channel chosen; otherwise it ends when every chosen social
	 * channel is published or skipped, which the channels report with {@code StepFourSettled}.
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
	}
}
