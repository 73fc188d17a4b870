package id.warta.newsroom.internal;

import java.util.Comparator;
import java.util.Optional;

/** Which earlier revision a screener compares the one in review with. */
public final class DecidedRevisions {

	private DecidedRevisions() {
	}

	/**
	 * The revision this screener last decided on, or, if they never decided on this story, the revision last
	 * approved by anyone; empty when neither exists (the story is new to the screeners).
	 */
	public static Optional<StoryRevision> lastSeenBy(Story story, long screenerId) {
		Comparator<Review> byTime = Comparator.comparing(Review::getDecidedAt)
			.thenComparingInt(Review::getRevisionNumber);
		return story.getReviews()
			.stream()
			.filter(review -> review.getReviewerId() == screenerId)
			.max(byTime)
			.or(() -> ReviewRounds.lastApproval(story.getReviews()))
			.flatMap(review -> story.revision(review.getRevisionNumber()));
	}
}
