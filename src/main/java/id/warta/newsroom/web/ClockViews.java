package id.warta.newsroom.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.warta.newsroom.internal.Story;
import id.warta.newsroom.internal.StoryClocks;
import id.warta.sop.SopClocks;
import id.warta.sop.SopItem;
import id.warta.sop.StepClock;
import org.springframework.stereotype.Component;

/** The SOP clocks of stories for lists and timelines, including the material each story was made from. */
@Component
class ClockViews {

	private final SopClocks clocks;

	ClockViews(SopClocks clocks) {
		this.clocks = clocks;
	}

	/** The latest clock per story id; a fresh draft shows the editing clock of its first material. */
	Map<Long, StepClock> latest(List<Story> stories) {
		List<SopItem> items = stories.stream().map(StoryClocks::item).toList();
		List<SopItem> sources = stories.stream()
			.filter(story -> !story.getSourceMaterialIds().isEmpty())
			.map(story -> StoryClocks.material(story.getSourceMaterialIds().get(0)))
			.toList();
		Map<SopItem, StepClock> own = clocks.latestClocks(items);
		Map<SopItem, StepClock> material = clocks.latestClocks(sources);
		Map<Long, StepClock> byStory = new HashMap<>();
		for (Story story : stories) {
			StepClock clock = own.get(StoryClocks.item(story));
			if (clock == null && !story.getSourceMaterialIds().isEmpty()) {
				clock = material.get(StoryClocks.material(story.getSourceMaterialIds().get(0)));
			}
			if (clock != null) {
				byStory.put(story.getId(), clock);
			}
		}
		return byStory;
	}

	List<StepClock> timeline(Story story) {
		SopItem[] sources = story.getSourceMaterialIds().stream().map(StoryClocks::material).toArray(SopItem[]::new);
		return clocks.timeline(StoryClocks.item(story), sources);
	}
}
