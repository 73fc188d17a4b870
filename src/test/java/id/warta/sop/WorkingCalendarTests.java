package id.warta.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Working-time arithmetic across evenings, weekends and holidays, with the 2026 holidays of the seed file
 * around Nyepi and Idul Fitri: Wed 18 March (cuti bersama), Thu 19 (Nyepi), Fri 20 to Tue 24 March (Idul
 * Fitri with its cuti bersama). Every time below is in WIB.
 */
class WorkingCalendarTests {

	static final List<LocalDate> MARCH_2026 = List.of(LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 19),
			LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 22), LocalDate.of(2026, 3, 23),
			LocalDate.of(2026, 3, 24), LocalDate.of(2026, 4, 3));

	final WorkingCalendar calendar = WorkingCalendar.officeHours(MARCH_2026);

	static Instant wib(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant();
	}

	@Test
	void withinOneWorkingDay() {
		// Monday 2 March 2026.
		assertThat(calendar.addWorkingTime(wib("2026-03-02T09:00"), Duration.ofHours(2))).isEqualTo(wib("2026-03-02T11:00"));
		assertThat(calendar.addWorkingTime(wib("2026-03-02T09:10"), Duration.ofMinutes(30))).isEqualTo(wib("2026-03-02T09:40"));
	}

	@Test
	void acrossTheEveningIntoTheNextMorning() {
		assertThat(calendar.addWorkingTime(wib("2026-03-02T15:00"), Duration.ofHours(2))).isEqualTo(wib("2026-03-03T09:00"));
		assertThat(calendar.workingTimeBetween(wib("2026-03-02T15:00"), wib("2026-03-03T09:00"))).isEqualTo(Duration.ofHours(2));
	}

	@Test
	void acrossTheWeekend() {
		// Friday 6 March 15:00 + 2 h: one hour on Friday, one on Monday 9 March.
		assertThat(calendar.addWorkingTime(wib("2026-03-06T15:00"), Duration.ofHours(2))).isEqualTo(wib("2026-03-09T09:00"));
		assertThat(calendar.workingTimeBetween(wib("2026-03-06T12:00"), wib("2026-03-09T12:00"))).isEqualTo(Duration.ofHours(8));
	}

	@Test
	void acrossNyepiAndTheIdulFitriBlock() {
		// Tuesday 17 March 15:00 + 1 working day: 1 h on the 17th, then nothing until Wednesday 25 March.
		assertThat(calendar.addWorkingTime(wib("2026-03-17T15:00"), Duration.ofHours(8))).isEqualTo(wib("2026-03-25T15:00"));
		assertThat(calendar.workingTimeBetween(wib("2026-03-17T08:00"), wib("2026-03-25T16:00"))).isEqualTo(Duration.ofHours(16));
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 20))).isFalse();
		assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 3, 17))).isEqualTo(LocalDate.of(2026, 3, 25));
	}

	@Test
	void aStartOutsideOfficeHoursBeginsAtTheNextWorkingPeriod() {
		assertThat(calendar.nextWorkingMoment(wib("2026-03-02T06:30"))).isEqualTo(wib("2026-03-02T08:00"));
		assertThat(calendar.addWorkingTime(wib("2026-03-02T06:30"), Duration.ofMinutes(30))).isEqualTo(wib("2026-03-02T08:30"));
		assertThat(calendar.addWorkingTime(wib("2026-03-02T19:45"), Duration.ofMinutes(30))).isEqualTo(wib("2026-03-03T08:30"));
		// Saturday 7 March: counting starts Monday 9 March at 08:00.
		assertThat(calendar.addWorkingTime(wib("2026-03-07T10:00"), Duration.ofHours(2))).isEqualTo(wib("2026-03-09T10:00"));
		// Started on Idul Fitri: counting starts Wednesday 25 March.
		assertThat(calendar.addWorkingTime(wib("2026-03-21T10:00"), Duration.ofMinutes(30))).isEqualTo(wib("2026-03-25T08:30"));
	}

	@Test
	void exactlyAtTheEndOfTheDay() {
		// Started at 16:00 sharp: the day is over, counting starts the next morning.
		assertThat(calendar.nextWorkingMoment(wib("2026-03-02T16:00"))).isEqualTo(wib("2026-03-03T08:00"));
		assertThat(calendar.addWorkingTime(wib("2026-03-02T16:00"), Duration.ofMinutes(30))).isEqualTo(wib("2026-03-03T08:30"));
		// Due at 16:00 sharp stays at 16:00, not the next morning at 08:00.
		assertThat(calendar.addWorkingTime(wib("2026-03-02T15:30"), Duration.ofMinutes(30))).isEqualTo(wib("2026-03-02T16:00"));
		assertThat(calendar.addWorkingTime(wib("2026-03-02T08:00"), Duration.ofHours(8))).isEqualTo(wib("2026-03-02T16:00"));
		// Friday 16:00 before the weekend.
		assertThat(calendar.addWorkingTime(wib("2026-03-06T16:00"), Duration.ofHours(2))).isEqualTo(wib("2026-03-09T10:00"));
	}

	@Test
	void workingTimeBetweenCountsOnlyOfficeHours() {
		assertThat(calendar.workingTimeBetween(wib("2026-03-02T17:00"), wib("2026-03-03T07:00"))).isZero();
		assertThat(calendar.workingTimeBetween(wib("2026-03-21T08:00"), wib("2026-03-21T16:00"))).isZero();
		assertThat(calendar.workingTimeBetween(wib("2026-03-03T10:00"), wib("2026-03-02T10:00"))).isZero();
		assertThat(calendar.workingTimeBetween(wib("2026-03-02T07:00"), wib("2026-03-02T18:00"))).isEqualTo(Duration.ofHours(8));
	}

	@Test
	void addingAndMeasuringAgreeFromEveryQuarterHourOfAMonth() {
		Duration[] standards = { Duration.ofHours(8), Duration.ofHours(2), Duration.ofMinutes(30), Duration.ofHours(20) };
		for (Instant start = wib("2026-03-01T00:00"); start.isBefore(wib("2026-04-07T00:00")); start = start.plus(Duration.ofMinutes(15))) {
			for (Duration standard : standards) {
				Instant due = calendar.addWorkingTime(start, standard);
				assertThat(calendar.workingTimeBetween(start, due)).as("%s + %s", start, standard).isEqualTo(standard);
				assertThat(calendar.workingTimeBetween(start, due.minusSeconds(1))).isLessThan(standard);
			}
		}
	}

	@Test
	void oneDayIsOneFullWorkingDayOfEightHours() {
		assertThat(calendar.workingDay()).isEqualTo(Duration.ofHours(8));
		// Monday 10:00 + 1 day = Tuesday 10:00.
		assertThat(calendar.addWorkingTime(wib("2026-03-02T10:00"), calendar.workingDay())).isEqualTo(wib("2026-03-03T10:00"));
	}

	@Test
	void dueTimesOfTheFourStandardsOfJanuary2026() {
		// 1 day, 2 hours, 2 hours, 30 minutes, from Monday 10:00 and from Friday 15:30.
		Duration[] standards = { calendar.workingDay(), Duration.ofHours(2), Duration.ofHours(2), Duration.ofMinutes(30) };
		assertThat(java.util.Arrays.stream(standards).map(s -> calendar.addWorkingTime(wib("2026-03-02T10:00"), s)))
			.containsExactly(wib("2026-03-03T10:00"), wib("2026-03-02T12:00"), wib("2026-03-02T12:00"),
					wib("2026-03-02T10:30"));
		assertThat(java.util.Arrays.stream(standards).map(s -> calendar.addWorkingTime(wib("2026-03-06T15:30"), s)))
			.containsExactly(wib("2026-03-09T15:30"), wib("2026-03-09T09:30"), wib("2026-03-09T09:30"),
					wib("2026-03-06T16:00"));
	}

	@Test
	void workingDaysForDeadlinesCountedInDays() {
		// Ten working days from Monday 16 March 2026 skip Nyepi and Idul Fitri.
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 16), 10)).isEqualTo(LocalDate.of(2026, 4, 7));
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 21), 0)).isEqualTo(LocalDate.of(2026, 3, 21));
	}

	@Test
	void aCalendarWithoutWorkingTimeIsRefused() {
		assertThatThrownBy(() -> new WorkingCalendar(java.util.Set.of(), java.time.LocalTime.of(8, 0),
				java.time.LocalTime.of(16, 0), List.of())).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new WorkingCalendar(WorkingCalendar.MONDAY_TO_FRIDAY, java.time.LocalTime.of(16, 0),
				java.time.LocalTime.of(8, 0), List.of())).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> calendar.addWorkingTime(Instant.now(), Duration.ofMinutes(-1)))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
