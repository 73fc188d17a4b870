package id.warta.newsroom.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import id.warta.newsroom.StoryPublished;
import id.warta.newsroom.StoryRuleViolation;
import id.warta.newsroom.StoryState;
import id.warta.newsroom.StorySubmitted;
import id.warta.newsroom.StoryType;
import id.warta.newsroom.StoryWithdrawn;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A story and its way through SOP steps 2–4. Content changes only as new revisions; screeners decide on one
 * frozen revision; only the approved revision can be published. Every transition checks where the story stands
 * and registers a past-tense event; an illegal one throws {@link StoryRuleViolation} and changes nothing.
 */
@Entity
public class Story extends AbstractAggregateRoot<Story> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long agencyId;
	@Enumerated(EnumType.STRING)
	private StoryType type;
	private Long divisionId;
	@Enumerated(EnumType.STRING)
	private StoryState state;
	private Integer approvedRevision;
	private Integer publishedRevision;
	private String withdrawalReason;
	private Instant publishedAt;
	private String publishedSeal;
	private int reviewRound;
	private String submissionNote;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "story_source", joinColumns = @JoinColumn(name = "story_id"))
	@Column(name = "material_id")
	private Set<Long> sourceMaterialIds = new HashSet<>();
	private Instant updatedAt;
	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
	@JoinColumn(name = "story_id", nullable = false)
	@OrderBy("number")
	private List<StoryRevision> revisions = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
	@JoinColumn(name = "story_id", nullable = false)
	@OrderBy("decidedAt")
	private List<Review> reviews = new ArrayList<>();

	protected Story() {
	}

	/** A new story in step 2, with its first revision. */
	public static Story draft(long agencyId, StoryType type, Long divisionId, StoryContent content, Editor editor,
			Instant now) {
		return draft(agencyId, type, divisionId, List.of(), content, editor, now);
	}

	/** A new story composed from material that divisions sent. */
	public static Story draft(long agencyId, StoryType type, Long divisionId, List<Long> materialIds,
			StoryContent content, Editor editor, Instant now) {
		Story story = new Story();
		story.sourceMaterialIds.addAll(materialIds);
		story.agencyId = agencyId;
		story.type = type;
		story.divisionId = divisionId;
		story.state = StoryState.DRAFT;
		story.revisions.add(new StoryRevision(1, content, editor, now));
		story.updatedAt = now;
		return story;
	}

	/**
	 * Saves content. Unchanged content makes no revision. Editing an approved or published story starts a new
	 * draft that needs a new approval; the published revision stays public meanwhile.
	 */
	public void edit(StoryContent content, Editor editor, Instant now) {
		if (state == StoryState.IN_REVIEW) {
			throw new StoryRuleViolation("story.edit.inReview");
		}
		if (state == StoryState.REJECTED || state == StoryState.WITHDRAWN) {
			throw new StoryRuleViolation("story.edit.closed");
		}
		if (content.hash().equals(current().getContentHash())) {
			return;
		}
		revisions.add(new StoryRevision(current().getNumber() + 1, content, editor, now));
		if (state == StoryState.APPROVED || state == StoryState.PUBLISHED) {
			approvedRevision = null;
			state = StoryState.DRAFT;
		}
		updatedAt = now;
	}

	/**
	 * "Ajukan ke Penyaring": freezes the current revision and opens a new review round. A second click on the same
	 * revision does nothing. A returned revision sent back unchanged needs a note saying why.
	 */
	public void submitForReview(Editor editor, String note, Instant now) {
		if (state == StoryState.IN_REVIEW) {
			return;
		}
		if (state != StoryState.DRAFT && state != StoryState.RETURNED) {
			throw new StoryRuleViolation("story.submit.notDraft");
		}
		current().content().requireComplete();
		if (state == StoryState.RETURNED && ReviewRounds.unchangedSinceDecision(reviews, current())
				&& blankToNull(note) == null) {
			throw new StoryRuleViolation("story.submit.unchangedNeedsNote");
		}
		reviewRound++;
		submissionNote = blankToNull(note);
		state = StoryState.IN_REVIEW;
		updatedAt = now;
		registerEvent(new StorySubmitted(editor.username(), id, current().getNumber(), current().getContentHash(),
				submissionNote));
	}

	/** "Setujui": approves the frozen revision the screener saw; never one with content of their own. */
	public void approve(Editor reviewer, int revision, String note, Instant now) {
		decide(Review.Decision.APPROVED, reviewer, revision, note, null, now);
	}

	/** "Kembalikan": back to step 2 with a note saying what to change. */
	public void returnForRework(Editor reviewer, int revision, String note, Instant now) {
		decide(Review.Decision.RETURNED, reviewer, revision, note, "story.review.noteRequired", now);
	}

	/** "Tolak": the story will not be published. */
	public void reject(Editor reviewer, int revision, String reason, Instant now) {
		decide(Review.Decision.REJECTED, reviewer, revision, reason, "story.review.reasonRequired", now);
	}

	private void decide(Review.Decision decision, Editor reviewer, int revision, String note, String noteRequired,
			Instant now) {
		if (ReviewRounds.repeats(reviews, reviewRound, decision, revision, reviewer)) {
			return;
		}
		if (noteRequired != null) {
			requireText(note, noteRequired);
		}
		StoryRevision frozen = underReview(revision);
		if (decision == Review.Decision.APPROVED && !mayBeApprovedBy(reviewer)) {
			throw new StoryRuleViolation("story.review.fourEyes");
		}
		Review review = new Review(frozen, reviewRound, decision, reviewer, blankToNull(note), now);
		reviews.add(review);
		state = decision.leadsTo();
		if (decision == Review.Decision.APPROVED) {
			approvedRevision = frozen.getNumber();
		}
		updatedAt = now;
		registerEvent(review.event(id));
	}

	/**
	 * Publishes the approved revision, after checking that its content still matches the hash the screener
	 * approved. Publishing what is already published does nothing.
	 */
	public void publish(Editor publisher, Instant now, UnaryOperator<String> seal) {
		if (state == StoryState.PUBLISHED) {
			return;
		}
		if (state != StoryState.APPROVED || approvedRevision == null) {
			throw new StoryRuleViolation("story.publish.notApproved");
		}
		StoryRevision approved = revision(approvedRevision).orElseThrow();
		String approvedHash = ReviewRounds.last(reviews).map(Review::getContentHash).orElse("");
		if (!approved.getContentHash().equals(approvedHash) || !approved.content().hash().equals(approvedHash)) {
			throw new StoryRuleViolation("story.publish.hashMismatch");
		}
		publishedRevision = approvedRevision;
		publishedAt = now;
		publishedSeal = seal.apply(approvedHash);
		state = StoryState.PUBLISHED;
		updatedAt = now;
		registerEvent(new StoryPublished(publisher.username(), id, approved.getNumber(), approvedHash, null));
	}

	/** Takes a published story off the public site, with the reason. */
	public void withdraw(Editor editor, String reason, Instant now) {
		if (state == StoryState.WITHDRAWN) {
			return;
		}
		if (publishedRevision == null) {
			throw new StoryRuleViolation("story.withdraw.notPublished");
		}
		requireText(reason, "story.withdraw.reasonRequired");
		withdrawalReason = reason.strip();
		state = StoryState.WITHDRAWN;
		updatedAt = now;
		StoryRevision published = revision(publishedRevision).orElseThrow();
		registerEvent(new StoryWithdrawn(editor.username(), id, published.getNumber(), published.getContentHash(),
				withdrawalReason));
	}

	public StoryRevision current() {
		return revisions.get(revisions.size() - 1);
	}

	public Optional<StoryRevision> revision(int number) {
		return revisions.stream().filter(r -> r.getNumber() == number).findFirst();
	}

	public Optional<StoryRevision> published() {
		return publishedRevision == null || state == StoryState.WITHDRAWN ? Optional.empty()
				: revision(publishedRevision);
	}

	/** Four eyes (see {@link FourEyes}): no content since the last approval came from this screener. */
	public boolean mayBeApprovedBy(Editor screener) {
		return FourEyes.mayApprove(revisions, reviews, screener);
	}

	/** Why the revision cannot be decided; a decision already taken in this round is another screener's. */
	private StoryRevision underReview(int revision) {
		if (state != StoryState.IN_REVIEW) {
			throw new StoryRuleViolation(ReviewRounds.decided(reviews, reviewRound)
					? StoryRuleViolation.DECIDED_ELSEWHERE : "story.review.notInReview");
		}
		if (current().getNumber() != revision) {
			throw new StoryRuleViolation("story.review.revisionChanged");
		}
		return current();
	}

	private static void requireText(String text, String messageKey) {
		if (text == null || text.isBlank()) {
			throw new StoryRuleViolation(messageKey);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public Long getId() {
		return id;
	}

	public long getAgencyId() {
		return agencyId;
	}

	public StoryType getType() {
		return type;
	}

	public Long getDivisionId() {
		return divisionId;
	}

	public StoryState getState() {
		return state;
	}

	public List<StoryRevision> getRevisions() {
		return List.copyOf(revisions);
	}

	public List<Review> getReviews() {
		return List.copyOf(reviews);
	}

	public List<Long> getSourceMaterialIds() {
		return sourceMaterialIds.stream().sorted().toList();
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public String getPublishedSeal() {
		return publishedSeal;
	}

	/** The type may change while drafting, never once screened. */
	public void retype(StoryType newType, Long newDivisionId) {
		if (state != StoryState.DRAFT && state != StoryState.RETURNED) {
			if (newType != type || !java.util.Objects.equals(newDivisionId, divisionId)) {
				throw new StoryRuleViolation("story.edit.inReview");
			}
			return;
		}
		this.type = newType;
		this.divisionId = newDivisionId;
	}

	/** Why a returned revision was sent back unchanged, as the admin wrote it when submitting; else null. */
	public String getSubmissionNote() {
		return submissionNote;
	}

	public String getWithdrawalReason() {
		return withdrawalReason;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}
}
