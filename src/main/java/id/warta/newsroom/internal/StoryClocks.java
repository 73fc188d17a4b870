package id.warta.newsroom.internal;

import java.time.Instant;
import java.util.List;

import id.warta.sop.SopClocks;
import id.warta.sop.SopItem;
import id.warta.sop.SopStep;
import org.springframework.stereotype.Component;

/**
 * Puts each newsroom transition on the SOP clock. Step 2 runs on the material from its receipt until the story
 * made from it goes to the screeners; a returned story runs step 2 again on the story itself; step 3 runs while
 * screeners decide; step 4 from approval to publication.
 */
@Component
public class StoryClocks {

	static final String STORY = "story";
	static final String MATERIAL = "material";

	private final SopClocks clocks;

	StoryClocks(SopClocks clocks) {
		this.clocks = clocks;
	}

	public static SopItem item(Story story) {
		return new SopItem(STORY, story.getId());
	}

	public static SopItem material(long id) {
		return new SopItem(MATERIAL, id);
	}

	void submitted(Story story, Instant at) {
		for (Long materialId : story.getSourceMaterialIds()) {
			clocks.stop(material(materialId), SopStep.EDITING, at);
		}
		clocks.stop(item(story), SopStep.EDITING, at);
		List<Long> sources = story.getSourceMaterialIds();
		if (sources.isEmpty()) {
			clocks.start(item(story), SopStep.SCREENING, at, story.getDivisionId());
		}
		else {
			clocks.startContinuing(material(sources.get(0)), item(story), SopStep.SCREENING, at,
					story.getDivisionId());
		}
	}

	void approved(Story story, Instant at) {
		clocks.stop(item(story), SopStep.SCREENING, at);
		// A published story edited and approved again while its channels had not all settled still has the earlier
		// step 4 running: it ends here, so that the new approval's step 4 can start.
		clocks.stop(item(story), SopStep.PUBLISHING, at);
		clocks.start(item(story), SopStep.PUBLISHING, at, story.getDivisionId());
	}

	/** An approved story edited before publication: its step 4 ends, and the new revision goes through 3 again. */
	void reopened(Story story, Instant at) {
		clocks.stop(item(story), SopStep.PUBLISHING, at);
	}

	void returned(Story story, Instant at) {
		clocks.stop(item(story), SopStep.SCREENING, at);
		clocks.start(item(story), SopStep.EDITING, at, story.getDivisionId());
	}

	void rejected(Story story, Instant at) {
		clocks.stop(item(story), SopStep.SCREENING, at);
	}

	void published(Story story, Instant at) {
		clocks.stop(item(story), SopStep.PUBLISHING, at);
	}
}
