package id.warta.newsroom.internal;

import java.util.List;

import id.warta.newsroom.StoryRuleViolation;

/**
 * Four eyes as a rule over the story's history, not over the order of its events (ADR 0020). Whoever wrote any
 * revision since the story was last approved may not approve it, whatever returns, resubmissions or role changes
 * came in between: a returned story resubmitted unchanged is still their text. And where the agency wants it, the
 * screener who approved a story may not also publish it.
 */
final class FourEyes {

	private FourEyes() {
	}

	/** Whether this screener may approve the story's current revision. */
	static boolean mayApprove(List<StoryRevision> revisions, List<Review> reviews, Editor screener) {
		int lastApproved = ReviewRounds.lastApproval(reviews).map(Review::getRevisionNumber).orElse(0);
		StoryRevision current = revisions.get(revisions.size() - 1);
		return current.getAuthorId() != screener.id() && revisions.stream()
			.noneMatch(revision -> revision.getNumber() > lastApproved && revision.getAuthorId() == screener.id());
	}

	/** Refuses a publisher who approved the story themselves, when the agency's rule says so. */
	static void requirePublisher(Story story, Editor publisher, boolean approverMayNotPublish) {
		if (approverMayNotPublish && ReviewRounds.lastApproval(story.getReviews())
			.filter(approval -> approval.getReviewerId() == publisher.id())
			.isPresent()) {
			throw new StoryRuleViolation("story.publish.fourEyes");
		}
	}
}
