package id.warta.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import id.warta.intake.Material;
import id.warta.intake.MaterialReceived;
import id.warta.intake.MaterialSetAside;
import id.warta.intake.MaterialState;
import id.warta.intake.Materials;
import id.warta.media.MediaLibrary;
import id.warta.media.StoredMedia;
import id.warta.organization.Role;
import id.warta.sop.SopClocks;
import id.warta.sop.SopItem;
import id.warta.sop.SopStep;
import id.warta.organization.StaffPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import id.warta.organization.Agencies;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receiving material (SOP step 1) and showing it to those who may see it: its sender, their division, the
 * admin and the screeners.
 */
@Service
@Transactional
public class MaterialIntake implements Materials {

	static final int MAX_FILES = 20;
	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private final SubmissionRepository submissions;
	private final MediaLibrary media;
	private final ApplicationEventPublisher events;
	private final Agencies agencies;
	private final SopClocks clocks;
	private final Clock clock;

	MaterialIntake(SubmissionRepository submissions, MediaLibrary media, ApplicationEventPublisher events,
			Agencies agencies, SopClocks clocks, Clock clock) {
		this.clocks = clocks;
		this.submissions = submissions;
		this.media = media;
		this.events = events;
		this.agencies = agencies;
		this.clock = clock;
	}

	/** Stores the files and the material in one go; a refused file refuses the whole submission. */
	@PreAuthorize("hasAnyRole('CONTRIBUTOR', 'CONTENT_ADMIN')")
	public Material send(NewMaterial material) {
		StaffPrincipal sender = signedIn();
		require(material.title() != null && !material.title().isBlank(), "title", "material.title.required");
		require(material.activityAt() != null, "activityDate", "material.activity.required");
		require(!material.activityAt().isAfter(clock.instant().plusSeconds(3600)), "activityDate",
				"material.activity.future");
		require(!material.files().isEmpty(), "files", "material.files.required");
		require(material.files().size() <= MAX_FILES, "files", "material.files.tooMany");
		Instant now = clock.instant();
		Long divisionId = material.divisionId() != null ? material.divisionId() : sender.divisionId();
		var submission = new Submission(agencyId(), material.title().strip(), blankToNull(material.description()),
				material.activityAt(), blankToNull(material.place()), divisionId, blankToNull(material.noteToAdmin()),
				sender.id(), sender.fullName(), now);
		for (NewMaterial.Upload upload : material.files()) {
			if (upload.mediaId() != null) {
				require(media.uploadedBy(upload.mediaId(), sender.id()), "files", "material.upload.notYours");
				submission.attach(upload.mediaId(), blankToNull(upload.caption()));
				continue;
			}
			StoredMedia stored = media.store(upload.content(), upload.name(), sender.id(), divisionId);
			submission.attach(stored.id(), blankToNull(upload.caption()));
		}
		submissions.saveAndFlush(submission);
		submission.numbered(now.atZone(JAKARTA).getYear());
		Material view = submission.view();
		// Step 1 ran from the activity to this receipt; step 2 (the admin's editing) starts now.
		SopItem item = new SopItem("material", view.id());
		Instant activity = material.activityAt().isAfter(now) ? now : material.activityAt();
		clocks.start(item, SopStep.SUBMISSION, activity, divisionId);
		clocks.stop(item, SopStep.SUBMISSION, now);
		clocks.start(item, SopStep.EDITING, now, divisionId);
		events.publishEvent(new MaterialReceived(sender.getUsername(), view.id(), view.trackingNumber(), divisionId,
				view.activityAt(), now, view.files().size()));
		return view;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	public Material get(long id) {
		Submission submission = submissions.findByIdAndAgencyId(id, agencyId())
			.orElseThrow(() -> new MaterialNotFound(id));
		StaffPrincipal viewer = signedIn();
		boolean sender = submission.getSenderId() == viewer.id();
		boolean sameDivision = viewer.hasRole(Role.CONTRIBUTOR) && submission.getDivisionId() != null
				&& submission.getDivisionId().equals(viewer.divisionId());
		if (!(sender || sameDivision || viewer.hasRole(Role.CONTENT_ADMIN) || viewer.hasRole(Role.SCREENER))) {
			throw new AccessDeniedException("Material of another division");
		}
		return submission.view();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	public List<Material> mine() {
		return submissions.findBySenderIdOrderByReceivedAtDesc(signedIn().id()).stream().map(Submission::view).toList();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('CONTRIBUTOR')")
	public List<Material> ofMyDivision() {
		Long division = signedIn().divisionId();
		return division == null ? List.of()
				: submissions.findByDivisionIdOrderByReceivedAtDesc(division).stream().map(Submission::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CONTENT_ADMIN', 'SCREENER')")
	public List<Material> inbox() {
		return submissions.findByAgencyIdAndStateOrderByReceivedAtAsc(agencyId(), MaterialState.RECEIVED)
			.stream()
			.map(Submission::view)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Material> find(long id) {
		return submissions.findByIdAndAgencyId(id, agencyId()).map(Submission::view);
	}

	/** "Tidak digunakan": the contributor sees the reason. */
	@PreAuthorize("hasRole('CONTENT_ADMIN')")
	public void setAside(long id, String reason) {
		require(reason != null && !reason.isBlank(), "reason", "material.notUsed.reasonRequired");
		Submission submission = submissions.findByIdAndAgencyId(id, agencyId())
			.orElseThrow(() -> new MaterialNotFound(id));
		if (submission.getState() == MaterialState.NOT_USED) {
			return;
		}
		require(submission.getState() == MaterialState.RECEIVED, null, "material.notUsed.alreadyUsed");
		submission.setAside(reason.strip());
		clocks.stop(new SopItem("material", id), SopStep.EDITING, clock.instant());
		events.publishEvent(new MaterialSetAside(signedIn().getUsername(), id, reason.strip()));
	}

	/** Records what became of material used in a story, so that its sender sees it. */
	public void recordFate(List<Long> materialIds, MaterialState state, String publicPath, String reason) {
		submissions.findAllById(materialIds).forEach(submission -> submission.fate(state, publicPath, reason));
	}

	private long agencyId() {
		return agencies.current().id();
	}

	private static StaffPrincipal signedIn() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
			return principal;
		}
		throw new AccessDeniedException("No staff member is signed in");
	}

	private static void require(boolean condition, String field, String messageKey) {
		if (!condition) {
			throw new MaterialRefused(field, messageKey);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
