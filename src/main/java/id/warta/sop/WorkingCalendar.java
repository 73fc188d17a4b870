package id.warta.sop;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The agency's working time in Asia/Jakarta: working days, office hours, and holidays (national holidays and
 * collective leave). Immutable and free of infrastructure, so due times can be computed anywhere and tested
 * alone. Get the agency's current calendar from {@link WorkingCalendars}.
 * <p>
 * Working time is the time inside office hours of working days that are not holidays. Time standards such as
 * two hours are amounts of working time; one day is one full working day ({@link #workingDay()}).
 */
public final class WorkingCalendar {

	/** The agency's time zone: every date and office hour is read in Western Indonesian Time. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

	/** Mon–Fri 08:00–16:00, the default office hours of the agency. */
	public static final Set<DayOfWeek> MONDAY_TO_FRIDAY = Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

	// A calendar without a working day for ten years is misconfigured; stop instead of looping for ever.
	private static final int SEARCH_LIMIT_DAYS = 3_660;

	private final Set<DayOfWeek> workDays;
	private final LocalTime start;
	private final LocalTime end;
	private final Set<LocalDate> holidays;

	public WorkingCalendar(Set<DayOfWeek> workDays, LocalTime start, LocalTime end, Collection<LocalDate> holidays) {
		if (workDays.isEmpty()) {
			throw new IllegalArgumentException("A working calendar needs at least one working day");
		}
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException("Office hours must start before they end: " + start + "-" + end);
		}
		this.workDays = Set.copyOf(workDays);
		this.start = start;
		this.end = end;
		this.holidays = Set.copyOf(holidays);
	}

	/** Mon–Fri 08:00–16:00 with the given holidays. */
	public static WorkingCalendar officeHours(Collection<LocalDate> holidays) {
		return new WorkingCalendar(MONDAY_TO_FRIDAY, LocalTime.of(8, 0), LocalTime.of(16, 0), holidays);
	}

	public Set<DayOfWeek> workDays() {
		return workDays;
	}

	public LocalTime start() {
		return start;
	}

	public LocalTime end() {
		return end;
	}

	/** The working time of one full working day: what a standard of one day means. */
	public Duration workingDay() {
		return Duration.between(start, end);
	}

	public boolean isHoliday(LocalDate date) {
		return holidays.contains(date);
	}

	public boolean isWorkingDay(LocalDate date) {
		return workDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
	}

	/**
	 * The instant itself when it lies in working time, otherwise the start of the next working period: a step
	 * started in the evening, on a weekend or on a holiday starts counting there. The end of office hours
	 * belongs to the next working period.
	 */
	public Instant nextWorkingMoment(Instant instant) {
		LocalDateTime local = LocalDateTime.ofInstant(instant, ZONE);
		LocalDate date = local.toLocalDate();
		if (isWorkingDay(date) && local.toLocalTime().isBefore(end)) {
			return local.toLocalTime().isBefore(start) ? at(date, start) : instant;
		}
		return at(nextWorkingDay(date), start);
	}

	/**
	 * The earliest instant at which {@code amount} of working time has passed since {@code from}. A due time
	 * that falls exactly at the end of office hours stays there rather than moving to the next morning.
	 */
	public Instant addWorkingTime(Instant from, Duration amount) {
		if (amount.isNegative()) {
			throw new IllegalArgumentException("Cannot add negative working time: " + amount);
		}
		if (amount.isZero()) {
			return from;
		}
		Instant moment = nextWorkingMoment(from);
		Duration remaining = amount;
		while (true) {
			Instant closing = at(LocalDate.ofInstant(moment, ZONE), end);
			Duration available = Duration.between(moment, closing);
			if (remaining.compareTo(available) <= 0) {
				return moment.plus(remaining);
			}
			remaining = remaining.minus(available);
			moment = nextWorkingMoment(closing);
		}
	}

	/** The working time between two instants; zero when {@code to} is not after {@code from}. */
	public Duration workingTimeBetween(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		Duration total = Duration.ZERO;
		LocalDate last = LocalDate.ofInstant(to, ZONE);
		for (LocalDate date = LocalDate.ofInstant(from, ZONE); !date.isAfter(last); date = date.plusDays(1)) {
			if (!isWorkingDay(date)) {
				continue;
			}
			Instant opens = max(at(date, start), from);
			Instant closes = min(at(date, end), to);
			if (closes.isAfter(opens)) {
				total = total.plus(Duration.between(opens, closes));
			}
		}
		return total;
	}

	/**
	 * The date that is {@code days} working days after {@code date} (the date itself not counted), for
	 * deadlines counted in working days; {@code date} itself when {@code days} is zero.
	 */
	public LocalDate addWorkingDays(LocalDate date, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("Cannot add negative working days: " + days);
		}
		LocalDate result = date;
		for (int counted = 0; counted < days; counted++) {
			result = nextWorkingDay(result);
		}
		return result;
	}

	/** The first working day after {@code date}. */
	public LocalDate nextWorkingDay(LocalDate date) {
		LocalDate candidate = date.plusDays(1);
		for (int tried = 0; tried < SEARCH_LIMIT_DAYS; tried++, candidate = candidate.plusDays(1)) {
			if (isWorkingDay(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("No working day within ten years after " + date);
	}

	private static Instant at(LocalDate date, LocalTime time) {
		return date.atTime(time).atZone(ZONE).toInstant();
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}
}
