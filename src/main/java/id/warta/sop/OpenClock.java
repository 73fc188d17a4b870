package id.warta.sop;

import java.time.Duration;
import java.time.Instant;

/**
 * A running clock as an inbox shows it at {@code asOf}: the working time left before its due time, or the
 * working time it is overdue by. One of the two is always zero.
 */
public record OpenClock(StepClock clock, Instant asOf, Duration workingTimeLeft, Duration workingTimeOverdue) {

	/** Past its due time. Over a weekend an overdue clock's working time overdue may still be zero. */
	public boolean overdue() {
		return clock.overdueAt(asOf);
	}

	/** The clock as it stands at {@code asOf} in the calendar's working time. */
	public static OpenClock of(StepClock clock, Instant asOf, WorkingCalendar calendar) {
		return new OpenClock(clock, asOf, calendar.workingTimeBetween(asOf, clock.dueAt()),
				calendar.workingTimeBetween(clock.dueAt(), asOf));
	}
}
