package id.warta.newsroom.internal;

import java.time.Instant;

import id.warta.newsroom.StoryApproved;
import id.warta.newsroom.StoryEvent;
import id.warta.newsroom.StoryRejected;
import id.warta.newsroom.StoryReturned;
import id.warta.newsroom.StoryState;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** A screener's decision on one revision, with the hash of exactly what they saw. */
@Entity
@Immutable
public class Review {

	/** What a screener can decide (SOP step 3). */
	public enum Decision {
		APPROVED(StoryState.APPROVED), RETURNED(StoryState.RETURNED), REJECTED(StoryState.REJECTED);

		private final StoryState leadsTo;

		Decision(StoryState leadsTo) {
			this.leadsTo = leadsTo;
		}

		StoryState leadsTo() {
			return leadsTo;
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private int revisionNumber;
	private int reviewRound;
	private String contentHash;
	@Enumerated(EnumType.STRING)
	private Decision decision;
	private long reviewerId;
	private String reviewerName;
	private String note;
	private Instant decidedAt;

	protected Review() {
	}

	Review(StoryRevision revision, int round, Decision decision, Editor reviewer, String note, Instant now) {
		this.revisionNumber = revision.getNumber();
		this.reviewRound = round;
		this.contentHash = revision.getContentHash();
		this.decision = decision;
		this.reviewerId = reviewer.id();
		this.reviewerName = reviewer.username();
		this.note = note;
		this.decidedAt = now;
	}

	/** What the decision tells the other modules and the audit trail. */
	StoryEvent event(Long storyId) {
		return switch (decision) {
			case APPROVED -> new StoryApproved(reviewerName, storyId, revisionNumber, contentHash, note);
			case RETURNED -> new StoryReturned(reviewerName, storyId, revisionNumber, contentHash, note);
			case REJECTED -> new StoryRejected(reviewerName, storyId, revisionNumber, contentHash, note);
		};
	}

	public int getRevisionNumber() {
		return revisionNumber;
	}

	/** The submission this decision answered: the n-th time the story went to the screeners. */
	public int getReviewRound() {
		return reviewRound;
	}

	public long getReviewerId() {
		return reviewerId;
	}

	public String getContentHash() {
		return contentHash;
	}

	public Decision getDecision() {
		return decision;
	}

	public String getReviewerName() {
		return reviewerName;
	}

	public String getNote() {
		return note;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}
}
