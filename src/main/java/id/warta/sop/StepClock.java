package id.warta.sop;

import java.time.Duration;
import java.time.Instant;

/**
 * One timed run of one step for one item: when it started, when it was due under the item's SOP version, when
 * it ended and whether the standard was met. Running while {@code endedAt} is null.
 *
 * @param id the clock's id
 * @param sopVersionId the SOP version the item started under; the standard comes from it
 * @param sopVersion that version's number
 * @param standard the time standard applied, in working time
 * @param divisionId the division the item belongs to, for the compliance report; null when none
 * @param dueAt {@code startedAt} plus the standard in working time
 * @param met null while running; true when the step ended at or before its due time
 * @param workingTime the working time the step took; null while running
 */
public record StepClock(long id, SopItem item, SopStep step, long sopVersionId, int sopVersion, Duration standard,
		Long divisionId, Instant startedAt, Instant dueAt, Instant endedAt, Boolean met, Duration workingTime) {

	public boolean running() {
		return endedAt == null;
	}

	/** Whether the clock is still running past its due time at {@code now}. */
	public boolean overdueAt(Instant now) {
		return running() && now.isAfter(dueAt);
	}

	public Outcome outcome() {
		if (running()) {
			return Outcome.RUNNING;
		}
		return Boolean.TRUE.equals(met) ? Outcome.MET : Outcome.BREACHED;
	}

	/** The state of a clock as lists and timelines show it. */
	public enum Outcome {
		RUNNING, MET, BREACHED
	}
}
