package id.warta.newsroom.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import id.warta.newsroom.StoryApproved;
import id.warta.newsroom.StoryPublished;
import id.warta.newsroom.StoryRejected;
import id.warta.newsroom.StoryReturned;
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

	/** "Ajukan ke Penyaring": freezes the current revision. A second click on the same revision does nothing. */
	public void submitForReview(Editor editor, Instant now) {
		if (state == StoryState.IN_REVIEW) {
			return;
		}
		if (state != StoryState.DRAFT && state != StoryState.RETURNED) {
			throw new StoryRuleViolation("story.submit.notDraft");
		}
		current().content().requireComplete();
		state = StoryState.IN_REVIEW;
		updatedAt = now;
		registerEvent(new StorySubmitted(editor.username(), id, current().getNumber(), current().getContentHash(),
				null));
	}

	/** "Setujui": approves the frozen revision the screener saw; never one they edited themselves. */
	public void approve(Editor reviewer, int revision, String note, Instant now) {
		if (repeats(Review.Decision.APPROVED, revision, reviewer)) {
			return;
		}
		StoryRevision frozen = underReview(revision);
		if (editedSinceLastDecision(reviewer)) {
			throw new StoryRuleViolation("story.review.fourEyes");
		}
		reviews.add(new Review(frozen, Review.Decision.APPROVED, reviewer, blankToNull(note), now));
		approvedRevision = frozen.getNumber();
		state = StoryState.APPROVED;
		updatedAt = now;
		registerEvent(new StoryApproved(reviewer.username(), id, frozen.getNumber(), frozen.getContentHash(),
				blankToNull(note)));
	}

	/** "Kembalikan": back to step 2 with a note saying what to change. */
	public void returnForRework(Editor reviewer, int revision, String note, Instant now) {
		if (repeats(Review.Decision.RETURNED, revision, reviewer)) {
			return;
		}
		requireText(note, "story.review.noteRequired");
		StoryRevision frozen = underReview(revision);
		reviews.add(new Review(frozen, Review.Decision.RETURNED, reviewer, note.strip(), now));
		state = StoryState.RETURNED;
		updatedAt = now;
		registerEvent(new StoryReturned(reviewer.username(), id, frozen.getNumber(), frozen.getContentHash(),
				note.strip()));
	}

	/** "Tolak": the story will not be published. */
	public void reject(Editor reviewer, int revision, String reason, Instant now) {
		if (repeats(Review.Decision.REJECTED, revision, reviewer)) {
			return;
		}
		requireText(reason, "story.review.reasonRequired");
		StoryRevision frozen = underReview(revision);
		reviews.add(new Review(frozen, Review.Decision.REJECTED, reviewer, reason.strip(), now));
		state = StoryState.REJECTED;
		updatedAt = now;
		registerEvent(new StoryRejected(reviewer.username(), id, frozen.getNumber(), frozen.getContentHash(),
				reason.strip()));
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
		String approvedHash = lastDecision().map(Review::getContentHash).orElse("");
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

	private StoryRevision underReview(int revision) {
		if (state != StoryState.IN_REVIEW) {
			throw new StoryRuleViolation("story.review.notInReview");
		}
		if (current().getNumber() != revision) {
			throw new StoryRuleViolation("story.review.revisionChanged");
		}
		return current();
	}

	/** A second click on the same decision for the same revision is the same decision, not a new one. */
	private boolean repeats(Review.Decision decision, int revision, Editor reviewer) {
		return lastDecision().filter(last -> last.getDecision() == decision && last.getRevisionNumber() == revision
				&& last.getReviewerName().equals(reviewer.username()) && current().getNumber() == revision)
			.isPresent();
	}

	/** Four eyes: the reviewer wrote none of the revisions made since the last decision. */
	private boolean editedSinceLastDecision(Editor reviewer) {
		int since = lastDecision().map(Review::getRevisionNumber).orElse(0);
		return revisions.stream().anyMatch(r -> r.getNumber() > since && r.getAuthorId() == reviewer.id());
	}

	private Optional<Review> lastDecision() {
		return reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.get(reviews.size() - 1));
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
