package id.warta.sop.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import id.warta.sop.SopStep;

/**
 * How often each step's time standard was met, per month of a year (by the month, in WIB, in which a clock
 * ended), with the year's totals and the clocks running now.
 *
 * @param divisionId the division reported on; null for the whole agency
 */
public record ComplianceReport(int year, Long divisionId, List<Month> months, List<StepCompliance> totals,
		List<Running> running, Instant asOf) {

	/** One month: all four steps, in order. */
	public record Month(YearMonth month, List<StepCompliance> steps) {

		public boolean empty() {
			return steps.stream().allMatch(step -> step.ended() == 0);
		}
	}

	/** The clocks of a step running at {@code asOf}, and how many of them are past their due time. */
	public record Running(SopStep step, long running, long overdue) {
	}
}
