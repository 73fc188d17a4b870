package id.warta.newsroom.internal;

import java.time.Instant;

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
		APPROVED, RETURNED, REJECTED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private int revisionNumber;
	private String contentHash;
	@Enumerated(EnumType.STRING)
	private Decision decision;
	private long reviewerId;
	private String reviewerName;
	private String note;
	private Instant decidedAt;

	protected Review() {
	}

	Review(StoryRevision revision, Decision decision, Editor reviewer, String note, Instant now) {
		this.revisionNumber = revision.getNumber();
		this.contentHash = revision.getContentHash();
		this.decision = decision;
		this.reviewerId = reviewer.id();
		this.reviewerName = reviewer.username();
		this.note = note;
		this.decidedAt = now;
	}

	public int getRevisionNumber() {
		return revisionNumber;
	}

	public String getContentHash() {
		return contentHash;
	}

	public Decision getDecision() {
		return decision;
	}

	public long getReviewerId() {
		return reviewerId;
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
