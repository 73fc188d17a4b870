package id.warta.newsroom.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.warta.media.MediaKind;
import id.warta.media.MediaLibrary;
import id.warta.media.StoredMedia;
import id.warta.newsroom.SourceMaterials;
import id.warta.newsroom.SourceMaterials.SourceFile;
import id.warta.newsroom.SourceMaterials.SourceMaterial;
import id.warta.newsroom.StoryComposed;
import id.warta.newsroom.StoryRuleViolation;
import id.warta.newsroom.StoryState;
import id.warta.newsroom.StoryType;
import id.warta.organization.Agencies;
import id.warta.organization.StaffPrincipal;
import id.warta.platform.Slugs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SOP steps 2–4 as the admin and the screeners work them. Each method loads the story, lets the aggregate
 * decide, and saves it, which publishes the aggregate's events (audit entries, material fates).
 */
@Service
@Transactional
public class Newsroom {

	private final StoryRepository stories;
	private final SourceMaterials materials;
	private final MediaLibrary media;
	private final StorySeal seal;
	private final Agencies agencies;
	private final PublicationEffects effects;
	private final StoryClocks sop;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	Newsroom(StoryRepository stories, SourceMaterials materials, MediaLibrary media, StorySeal seal, Agencies agencies,
			PublicationEffects effects, StoryClocks sop, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.effects = effects;
		this.sop = sop;
		this.stories = stories;
		this.materials = materials;
		this.media = media;
		this.seal = seal;
		this.agencies = agencies;
		this.clock = clock;
	}

	/** Starts a story from material: its text as a first draft, its photos as featured image and gallery. */
	@PreAuthorize("hasRole('CONTENT_ADMIN')")
	public long compose(List<Long> materialIds, StoryType type) {
		if (materialIds == null || materialIds.isEmpty()) {
			throw new StoryRuleViolation("story.compose.noMaterial");
		}
		List<SourceMaterial> sources = materialIds.stream()
			.map(id -> materials.find(id).orElseThrow(() -> new StoryRuleViolation("story.compose.noMaterial")))
			.toList();
		SourceMaterial first = sources.get(0);
		List<Long> images = new ArrayList<>();
		List<Long> documents = new ArrayList<>();
		for (SourceMaterial material : sources) {
			List<Long> ids = material.files().stream().map(SourceFile::mediaId).toList();
			for (StoredMedia stored : media.findAll(ids)) {
				(stored.kind() == MediaKind.DOCUMENT ? documents : images).add(stored.id());
			}
		}
		Long featured = images.isEmpty() ? null : images.get(0);
		String caption = first.files().stream().filter(f -> f.mediaId() == (featured == null ? -1 : featured))
			.map(SourceFile::caption).filter(c -> c != null).findFirst().orElse("");
		var content = new StoryContent(first.title(), Slugs.of(first.title(), StoryContent.MAX_SLUG), "",
				HtmlSanitizer.clean(first.description()), List.of(), featured, caption,
				images.size() > 1 ? images.subList(1, images.size()) : List.of(), documents, Map.of(), Set.of());
		Story story = Story.draft(agencies.current().id(), type, first.divisionId(), materialIds, content, editor(),
				clock.instant());
		stories.save(story);
		events.publishEvent(new StoryComposed(editor().username(), story.getId(), story.getSourceMaterialIds()));
		return story.getId();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CONTENT_ADMIN', 'SCREENER')")
	public Story get(long id) {
		return find(id);
	}

	/** The admin's stories in step 2 and those approved and waiting for step 4. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('CONTENT_ADMIN')")
	public List<Story> desk() {
		long agency = agencies.current().id();
		List<Story> desk = new ArrayList<>();
		for (StoryState state : List.of(StoryState.RETURNED, StoryState.DRAFT, StoryState.APPROVED, StoryState.IN_REVIEW)) {
			desk.addAll(stories.findByAgencyIdAndStateOrderByUpdatedAtAsc(agency, state));
		}
		return desk;
	}

	/** The screeners' queue, oldest first. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('SCREENER')")
	public List<Story> queue() {
		return stories.findByAgencyIdAndStateOrderByUpdatedAtAsc(agencies.current().id(), StoryState.IN_REVIEW);
	}

	/** Saves an edit made on the form whose version the editor saw; someone else's save in between is refused. */
	@PreAuthorize("hasRole('CONTENT_ADMIN')")
	public void save(long id, long version, StoryType type, Long divisionId, StoryContent content) {
		Story story = find(id);
		if (story.getVersion() != version) {
			throw new StoryRuleViolation("story.edit.stale");
		}
		// Without a slug of its own, the story's address comes from its title.
		String slug = content.slug().isEmpty() ? Slugs.of(content.title(), StoryContent.MAX_SLUG) : content.slug();
		StoryContent clean = new StoryContent(content.title(), slug, content.lead(),
				HtmlSanitizer.clean(content.body()), content.tags(), content.categories(), content.featuredMediaId(),
				content.featuredAlt(),
				content.galleryMediaIds(), content.documentMediaIds(), content.channelTexts(), content.channels());
		StoryState before = story.getState();
		var now = clock.instant();
		story.edit(clean, editor(), now);
		story.retype(type, divisionId);
		stories.save(story);
		if (before == StoryState.APPROVED && story.getState() == StoryState.DRAFT) {
			sop.reopened(story, now);
		}
	}

	/** Sends the current revision to the screeners; the note says why a returned revision comes back unchanged. */
	@PreAuthorize("hasRole('CONTENT_ADMIN')")
	public void submit(long id, String note) {
		Story story = find(id);
		StoryState before = story.getState();
		var now = clock.instant();
		story.submitForReview(editor(), note, now);
		stories.save(story);
		if (before != story.getState()) {
			sop.submitted(story, now);
		}
	}

	@PreAuthorize("hasRole('SCREENER')")
	public void approve(long id, int revision, String note) {
		Story story = findForDecision(id);
		StoryState before = story.getState();
		var now = clock.instant();
		story.approve(editor(), revision, note, now);
		stories.save(story);
		if (before != story.getState()) {
			sop.approved(story, now);
		}
	}

	@PreAuthorize("hasRole('SCREENER')")
	public void returnForRework(long id, int revision, String note) {
		Story story = findForDecision(id);
		StoryState before = story.getState();
		var now = clock.instant();
		story.returnForRework(editor(), revision, note, now);
		stories.save(story);
		if (before != story.getState()) {
			sop.returned(story, now);
		}
	}

	@PreAuthorize("hasRole('SCREENER')")
	public void reject(long id, int revision, String reason) {
		Story story = findForDecision(id);
		StoryState before = story.getState();
		var now = clock.instant();
		story.reject(editor(), revision, reason, now);
		stories.save(story);
		if (before != story.getState()) {
			sop.rejected(story, now);
		}
	}

	/**
	 * Step 4 on the website: the approved revision, sealed, goes public. A second click (or a second tab) is told
	 * so, and nothing happens twice.
	 */
	@PreAuthorize("hasRole('CONTENT_ADMIN')")
	public void publish(long id) {
		Story story = find(id);
		if (story.getState() == StoryState.PUBLISHED) {
			throw new StoryRuleViolation("story.publish.already");
		}
		var now = clock.instant();
		FourEyes.requirePublisher(story, editor(), agencies.current().approverMayNotPublish());
		story.publish(editor(), now, seal::seal);
		saveOnce(story, "story.publish.concurrent");
		effects.published(story, now);
	}

	@PreAuthorize("hasRole('CONTENT_ADMIN')")
	public void withdraw(long id, String reason) {
		Story story = find(id);
		if (story.getState() == StoryState.WITHDRAWN) {
			throw new StoryRuleViolation("story.withdraw.already");
		}
		story.withdraw(editor(), reason, clock.instant());
		saveOnce(story, "story.withdraw.concurrent");
	}

	/**
	 * Saves now rather than at commit, so that a concurrent change of the same story (the same button pressed in
	 * another tab) is found here and answered with a message, before any side effect; the transaction rolls back.
	 */
	private void saveOnce(Story story, String concurrentKey) {
		try {
			stories.saveAndFlush(story);
		}
		catch (ObjectOptimisticLockingFailureException concurrent) {
			throw new StoryRuleViolation(concurrentKey);
		}
	}

	/** The story with its row locked for this transaction, so that simultaneous decisions take turns. */
	private Story findForDecision(long id) {
		stories.lockForDecision(id);
		return find(id);
	}

	private Story find(long id) {
		return stories.findByIdAndAgencyId(id, agencies.current().id()).orElseThrow(() -> new StoryNotFound(id));
	}

	/** The signed-in staff member as an editor, for callers that act on their behalf. */
	public static Editor editor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
			return new Editor(staff.id(), staff.getUsername());
		}
		throw new AccessDeniedException("No staff member is signed in");
	}
}
