package id.warta.newsroom.internal;

import id.warta.newsroom.StoryState;
import org.springframework.stereotype.Component;

/**
 * Whether a story's published revision is still what the screener approved: its stored content hashes to the
 * approved hash and the seal over that hash holds. The website withholds a story that fails, and the desk says so.
 */
@Component
public class PublishedIntegrity {

	private final StorySeal seal;

	PublishedIntegrity(StorySeal seal) {
		this.seal = seal;
	}

	/** The content hash of the approval of the published revision, or empty when it has none. */
	static String approvedHash(Story story, StoryRevision revision) {
		return story.getReviews()
			.stream()
			.filter(review -> review.getRevisionNumber() == revision.getNumber()
					&& review.getDecision() == Review.Decision.APPROVED)
			.reduce((first, second) -> second)
			.map(Review::getContentHash)
			.orElse("");
	}

	boolean intact(Story story, StoryRevision revision, String approved) {
		return revision.content().hash().equals(approved) && revision.getContentHash().equals(approved)
				&& seal.holds(approved, story.getPublishedSeal());
	}

	/** A published (not withdrawn) story that the website does not show because it fails the check. */
	public boolean withheld(Story story) {
		if (story.getState() == StoryState.WITHDRAWN || story.published().isEmpty()) {
			return false;
		}
		StoryRevision revision = story.published().orElseThrow();
		return !intact(story, revision, approvedHash(story, revision));
	}
}
