package id.warta.sop.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import id.warta.organization.Agencies;
import id.warta.sop.OpenClock;
import id.warta.sop.SopClocks;
import id.warta.sop.SopItem;
import id.warta.sop.SopStep;
import id.warta.sop.StepClock;
import id.warta.sop.WorkingCalendar;
import id.warta.sop.WorkingCalendars;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts, stops and reads the step clocks. No {@code @PreAuthorize}: the modules that drive the steps call it
 * from their own authorised operations and from event listeners that run without a signed-in user.
 */
@Service
@Transactional
class ClockService implements SopClocks {

	private static final Comparator<TimedStep> START_ORDER = Comparator.comparing(TimedStep::getStartedAt)
		.thenComparing(TimedStep::getId);

	private final TimedStepRepository clocks;
	private final SopVersionRepository versions;
	private final WorkingCalendars calendars;
	private final Agencies agencies;
	private final Clock clock;

	ClockService(TimedStepRepository clocks, SopVersionRepository versions, WorkingCalendars calendars,
			Agencies agencies, Clock clock) {
		this.clocks = clocks;
		this.versions = versions;
		this.calendars = calendars;
		this.agencies = agencies;
		this.clock = clock;
	}

	@Override
	public StepClock start(SopItem item, SopStep step, Instant startedAt, Long divisionId) {
		return begin(null, item, step, startedAt, divisionId);
	}

	@Override
	public StepClock startContinuing(SopItem predecessor, SopItem item, SopStep step, Instant startedAt,
			Long divisionId) {
		return begin(predecessor, item, step, startedAt, divisionId);
	}

	private StepClock begin(SopItem predecessor, SopItem item, SopStep step, Instant startedAt, Long divisionId) {
		long agencyId = agencyId();
		// Stored with millisecond precision on every database, so a redelivered start finds its clock again.
		Instant start = startedAt.truncatedTo(ChronoUnit.MILLIS);
		var same = clocks.findFirstByAgencyIdAndItemTypeAndItemIdAndStepNumberAndStartedAt(agencyId, item.type(),
				item.id(), step.number(), start);
		if (same.isPresent()) {
			return same.get().toClock();
		}
		clocks.findByAgencyIdAndItemTypeAndItemIdAndStepNumberAndRunningTrue(agencyId, item.type(), item.id(),
				step.number())
			.ifPresent(running -> {
				throw new IllegalStateException("Step " + step + " of " + item + " is already running since "
						+ running.getStartedAt() + "; stop it before starting it again");
			});
		SopVersion version = pinnedVersion(agencyId, item)
			.or(() -> predecessor == null ? Optional.empty() : pinnedVersion(agencyId, predecessor))
			.orElseGet(() -> Definitions.effectiveVersion(versions, agencyId, LocalDate.ofInstant(start,
					WorkingCalendar.ZONE)));
		Instant due = calendars.current().addWorkingTime(start, version.step(step).standard());
		return clocks.save(new TimedStep(agencyId, item, step, version, divisionId, start, due)).toClock();
	}

	/** The version an item started under: the version of its first clock. */
	private Optional<SopVersion> pinnedVersion(long agencyId, SopItem item) {
		return clocks.findFirstByAgencyIdAndItemTypeAndItemIdOrderByStartedAtAscIdAsc(agencyId, item.type(), item.id())
			.map(TimedStep::getSopVersion);
	}

	@Override
	public Optional<StepClock> stop(SopItem item, SopStep step, Instant endedAt) {
		long agencyId = agencyId();
		Instant end = endedAt.truncatedTo(ChronoUnit.MILLIS);
		var running = clocks.findByAgencyIdAndItemTypeAndItemIdAndStepNumberAndRunningTrue(agencyId, item.type(),
				item.id(), step.number());
		if (running.isEmpty()) {
			return clocks
				.findFirstByAgencyIdAndItemTypeAndItemIdAndStepNumberOrderByStartedAtDescIdDesc(agencyId, item.type(),
						item.id(), step.number())
				.map(TimedStep::toClock);
		}
		TimedStep timed = running.get();
		timed.end(end, calendars.current().workingTimeBetween(timed.getStartedAt(), end));
		// Flushed now, so that starting the same step again in this transaction does not meet a running clock.
		return Optional.of(clocks.saveAndFlush(timed).toClock());
	}

	@Override
	@Transactional(readOnly = true)
	public List<StepClock> timeline(SopItem item, SopItem... related) {
		long agencyId = agencyId();
		List<TimedStep> all = new ArrayList<>();
		for (SopItem each : itemsOf(item, related)) {
			all.addAll(clocks.findByAgencyIdAndItemTypeAndItemIdOrderByStartedAtAscIdAsc(agencyId, each.type(),
					each.id()));
		}
		return all.stream().sorted(START_ORDER).map(TimedStep::toClock).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<SopItem, StepClock> latestClocks(Collection<SopItem> items) {
		long agencyId = agencyId();
		Map<SopItem, StepClock> latest = new LinkedHashMap<>();
		var idsByType = items.stream()
			.collect(Collectors.groupingBy(SopItem::type, Collectors.mapping(SopItem::id, Collectors.toSet())));
		idsByType.forEach((type, ids) -> clocks.findByAgencyIdAndItemTypeAndItemIdIn(agencyId, type, ids)
			.stream()
			.sorted(START_ORDER)
			.forEach(timed -> latest.put(timed.item(), timed.toClock())));
		return latest;
	}

	@Override
	@Transactional(readOnly = true)
	public List<OpenClock> openClocks(SopStep step) {
		return asOpen(clocks.findByAgencyIdAndStepNumberAndRunningTrueOrderByDueAtAscIdAsc(agencyId(), step.number()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<OpenClock> overdueClocks() {
		return asOpen(clocks.findByAgencyIdAndRunningTrueAndDueAtBeforeOrderByDueAtAscIdAsc(agencyId(),
				clock.instant()));
	}

	/**
	 * Moves the due time of every running clock to what the calendar says now, after a holiday was entered
	 * or removed. Ended clocks keep their verdict: history is not rewritten.
	 */
	public int rescheduleRunningClocks() {
		WorkingCalendar calendar = calendars.current();
		int moved = 0;
		for (TimedStep timed : clocks.findByAgencyIdAndRunningTrue(agencyId())) {
			if (timed.reschedule(calendar.addWorkingTime(timed.getStartedAt(), timed.standard()))) {
				moved++;
			}
		}
		return moved;
	}

	private List<OpenClock> asOpen(List<TimedStep> running) {
		Instant now = clock.instant();
		WorkingCalendar calendar = calendars.current();
		return running.stream().map(timed -> OpenClock.of(timed.toClock(), now, calendar)).toList();
	}

	private static List<SopItem> itemsOf(SopItem item, SopItem... related) {
		List<SopItem> items = new ArrayList<>();
		items.add(item);
		items.addAll(List.of(related));
		return items.stream().distinct().toList();
	}

	private long agencyId() {
		return agencies.current().id();
	}
}
