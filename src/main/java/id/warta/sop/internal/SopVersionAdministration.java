package id.warta.sop.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.warta.organization.Agencies;
import id.warta.sop.SopDefinition;
import id.warta.sop.SopStep;
import id.warta.sop.SopVersionCreated;
import id.warta.sop.WorkingCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The system administrator's revisions of the SOP. A revision is a new version effective from a date; versions
 * are never edited, so every item can keep the version it started under.
 */
@Service
@Transactional
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
public class SopVersionAdministration {

	/** Longest time standard accepted: a typo such as 480 days is refused rather than silently applied. */
	static final int MAX_STANDARD_WORKING_DAYS = 30;
	static final int MAX_NOTE = 500;
	static final int MAX_NAME = 300;

	private final SopVersionRepository versions;
	private final SopSettings settings;
	private final Agencies agencies;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SopVersionAdministration(SopVersionRepository versions, SopSettings settings, Agencies agencies,
			ApplicationEventPublisher events, Clock clock) {
		this.versions = versions;
		this.settings = settings;
		this.agencies = agencies;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates the next version. The actors of each step are carried over from the latest version: who may act
	 * is enforced by the modules, so changing it takes a release, not a form.
	 */
	public SopDefinition create(LocalDate effectiveFrom, String note, Map<SopStep, StepDraft> drafts) {
		long agencyId = agencies.current().id();
		LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
		if (effectiveFrom == null) {
			throw new RejectedInput("effectiveFrom", "sop.version.effectiveFrom.required");
		}
		if (effectiveFrom.isBefore(today)) {
			throw new RejectedInput("effectiveFrom", "sop.version.effectiveFrom.past");
		}
		versions.findByAgencyIdAndEffectiveFrom(agencyId, effectiveFrom).ifPresent(existing -> {
			throw new RejectedInput("effectiveFrom", "sop.version.effectiveFrom.taken", existing.getNumber());
		});
		if (note == null || note.isBlank()) {
			throw new RejectedInput("note", "sop.version.note.required");
		}
		if (note.strip().length() > MAX_NOTE) {
			throw new RejectedInput("note", "sop.version.note.tooLong", MAX_NOTE);
		}
		SopVersion latest = versions.findFirstByAgencyIdOrderByNumberDesc(agencyId).orElseThrow();
		List<StepDefinition> steps = new ArrayList<>();
		Map<String, Long> minutes = new LinkedHashMap<>();
		for (SopStep step : SopStep.values()) {
			StepDraft draft = drafts.get(step);
			String field = "steps[" + (step.number() - 1) + "]";
			String name = checkedName(draft, field);
			Duration standard = checkedStandard(draft, field);
			steps.add(new StepDefinition(step, name, latest.step(step).actors(), standard));
			minutes.put(step.name(), standard.toMinutes());
		}
		SopVersion version;
		try {
			version = versions.saveAndFlush(new SopVersion(agencyId, latest.getNumber() + 1, effectiveFrom,
					note.strip(), Actors.current(), clock.instant(), steps));
		}
		catch (DataIntegrityViolationException sameMoment) {
			// Another administrator created a version at the same moment; theirs stands.
			throw new RejectedInput(null, "sop.version.conflict");
		}
		events.publishEvent(new SopVersionCreated(Actors.current(), version.getId(), version.getNumber(),
				effectiveFrom, note.strip(), minutes));
		return version.definition();
	}

	private static String checkedName(StepDraft draft, String field) {
		if (draft == null || draft.name() == null || draft.name().isBlank()) {
			throw new RejectedInput(field + ".name", "sop.version.step.name.required");
		}
		if (draft.name().strip().length() > MAX_NAME) {
			throw new RejectedInput(field + ".name", "sop.version.step.name.tooLong", MAX_NAME);
		}
		return draft.name().strip();
	}

	private Duration checkedStandard(StepDraft draft, String field) {
		Duration standard = draft.standard();
		if (standard == null || standard.toMinutes() <= 0) {
			throw new RejectedInput(field + ".amount", "sop.version.step.standard.positive");
		}
		Duration workingDay = Duration.between(settings.workStart(), settings.workEnd());
		if (standard.compareTo(workingDay.multipliedBy(MAX_STANDARD_WORKING_DAYS)) > 0) {
			throw new RejectedInput(field + ".amount", "sop.version.step.standard.tooLong", MAX_STANDARD_WORKING_DAYS);
		}
		return Duration.ofMinutes(standard.toMinutes());
	}
}
