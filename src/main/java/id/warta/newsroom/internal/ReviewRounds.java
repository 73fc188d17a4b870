package id.warta.newsroom.internal;

import java.util.List;
import java.util.Optional;

/**
 * Review rounds (ADR 0020): each submission to the screeners opens a round and each decision belongs to one. A
 * repeat is the same decision by the same screener in the same round; any other decision after the round's one
 * came from someone else, and a story returned in a round goes back unchanged only with a note.
 */
final class ReviewRounds {

	private ReviewRounds() {
	}

	static Optional<Review> last(List<Review> reviews) {
		return reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.get(reviews.size() - 1));
	}

	/** The latest approval, whoever gave it (reviews are kept in the order they were decided). */
	static Optional<Review> lastApproval(List<Review> reviews) {
		return reviews.stream().filter(review -> review.getDecision() == Review.Decision.APPROVED)
			.reduce((earlier, later) -> later);
	}

	/** A second click: nothing new to record. */
	static boolean repeats(List<Review> reviews, int round, Review.Decision decision, int revision, Editor screener) {
		return last(reviews).filter(last -> last.getReviewRound() == round && last.getDecision() == decision
				&& last.getRevisionNumber() == revision && last.getReviewerId() == screener.id()).isPresent();
	}

	/** Whether this round already has its decision. */
	static boolean decided(List<Review> reviews, int round) {
		return last(reviews).filter(last -> last.getReviewRound() == round).isPresent();
	}

	/** Whether the revision last decided on is still the current one, so a resubmission changes nothing. */
	static boolean unchangedSinceDecision(List<Review> reviews, StoryRevision current) {
		return last(reviews).filter(last -> last.getRevisionNumber() == current.getNumber()).isPresent();
	}
}
