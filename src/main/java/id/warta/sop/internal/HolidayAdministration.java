package id.warta.sop.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import id.warta.organization.Agencies;
import id.warta.sop.HolidayAdded;
import id.warta.sop.HolidayKind;
import id.warta.sop.HolidayRemoved;
import id.warta.sop.WorkingCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The system administrator's work on holidays. The government revises these dates and later years must be
 * entered by the agency; each change moves the due times of the clocks that are running.
 */
@Service
@Transactional
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
public class HolidayAdministration {

	static final int MAX_NAME = 150;
	public static final int FIRST_YEAR = 2000;
	public static final int LAST_YEAR = 2100;

	private final HolidayRepository holidays;
	private final ClockService clocks;
	private final Agencies agencies;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	HolidayAdministration(HolidayRepository holidays, ClockService clocks, Agencies agencies,
			ApplicationEventPublisher events, Clock clock) {
		this.holidays = holidays;
		this.clocks = clocks;
		this.agencies = agencies;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Holiday> inYear(int year) {
		return holidays.findByAgencyIdAndDateBetweenOrderByDateAsc(agencies.current().id(), LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31));
	}

	/** The years with holidays, and always this year and the next, which the agency may still have to enter. */
	@Transactional(readOnly = true)
	public SortedSet<Integer> years() {
		SortedSet<Integer> years = new TreeSet<>();
		holidays.findByAgencyId(agencies.current().id()).forEach(holiday -> years.add(holiday.getDate().getYear()));
		int thisYear = thisYear();
		years.add(thisYear);
		years.add(thisYear + 1);
		return years;
	}

	@Transactional(readOnly = true)
	public int thisYear() {
		return LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE).getYear();
	}

	public Holiday add(LocalDate date, String name, HolidayKind kind) {
		long agencyId = agencies.current().id();
		if (date == null) {
			throw new RejectedInput("date", "sop.holiday.date.required");
		}
		if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
			throw new RejectedInput("date", "sop.holiday.date.outOfRange", FIRST_YEAR, LAST_YEAR);
		}
		if (name == null || name.isBlank()) {
			throw new RejectedInput("name", "sop.holiday.name.required");
		}
		if (name.strip().length() > MAX_NAME) {
			throw new RejectedInput("name", "sop.holiday.name.tooLong", MAX_NAME);
		}
		if (kind == null) {
			throw new RejectedInput("kind", "sop.holiday.kind.required");
		}
		holidays.findByAgencyIdAndDate(agencyId, date).ifPresent(existing -> {
			throw new RejectedInput("date", "sop.holiday.date.taken", date, existing.getName());
		});
		Holiday holiday;
		try {
			holiday = holidays.saveAndFlush(
					new Holiday(agencyId, date, name.strip(), kind, Actors.current(), clock.instant()));
		}
		catch (DataIntegrityViolationException sameMoment) {
			// Someone entered the same date at the same moment; theirs stands.
			throw new RejectedInput("date", "sop.holiday.date.takenJustNow", date);
		}
		clocks.rescheduleRunningClocks();
		events.publishEvent(new HolidayAdded(Actors.current(), holiday.getId(), date, holiday.getName(), kind));
		return holiday;
	}

	/** Removes the holiday; empty when it was already gone, so a repeated click changes nothing. */
	public Optional<Holiday> remove(long id) {
		Optional<Holiday> found = holidays.findByIdAndAgencyId(id, agencies.current().id());
		found.ifPresent(holiday -> {
			holidays.delete(holiday);
			holidays.flush();
			clocks.rescheduleRunningClocks();
			events.publishEvent(new HolidayRemoved(Actors.current(), holiday.getId(), holiday.getDate(),
					holiday.getName(), holiday.getKind()));
		});
		return found;
	}
}
