package id.warta.sop.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.warta.organization.Agencies;
import id.warta.sop.SopStep;
import id.warta.sop.WorkingCalendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance report (ADR 0010): counted in the database per month, because a month in WIB is a range of
 * instants and ranges are the one thing H2 and PostgreSQL compare alike.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SCREENER', 'CONTENT_ADMIN')")
public class ComplianceReports {

	private final JdbcTemplate jdbc;
	private final Agencies agencies;
	private final Clock clock;

	ComplianceReports(JdbcTemplate jdbc, Agencies agencies, Clock clock) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.clock = clock;
	}

	public YearMonth thisMonth() {
		return YearMonth.from(clock.instant().atZone(WorkingCalendar.ZONE));
	}

	/** The months of the year up to this month, each step's numbers in them, and the clocks running now. */
	public ComplianceReport forYear(int year, Long divisionId) {
		long agencyId = agencies.current().id();
		YearMonth last = YearMonth.of(year, 12);
		if (last.isAfter(thisMonth())) {
			last = thisMonth();
		}
		List<ComplianceReport.Month> months = new ArrayList<>();
		Map<SopStep, StepCompliance> totals = new EnumMap<>(SopStep.class);
		for (SopStep step : SopStep.values()) {
			totals.put(step, new StepCompliance(step, 0, 0));
		}
		for (YearMonth month = YearMonth.of(year, 1); !month.isAfter(last); month = month.plusMonths(1)) {
			List<StepCompliance> steps = month(agencyId, month, divisionId);
			steps.forEach(step -> totals.merge(step.step(), step, StepCompliance::plus));
			months.add(new ComplianceReport.Month(month, steps));
		}
		Instant now = clock.instant();
		return new ComplianceReport(year, divisionId, months, List.copyOf(totals.values()),
				running(agencyId, divisionId, now), now);
	}

	private List<StepCompliance> month(long agencyId, YearMonth month, Long divisionId) {
		List<Object> args = new ArrayList<>(List.of(agencyId, utc(month.atDay(1)), utc(month.plusMonths(1).atDay(1))));
		String sql = """
				SELECT step_number, COUNT(*) AS ended, SUM(CASE WHEN met THEN 1 ELSE 0 END) AS met
				FROM sop_step_clock
				WHERE agency_id = ? AND ended_at >= ? AND ended_at < ?""" + divisionFilter(divisionId, args)
				+ " GROUP BY step_number";
		Map<SopStep, StepCompliance> counted = new EnumMap<>(SopStep.class);
		jdbc.query(sql, row -> {
			SopStep step = SopStep.ofNumber(row.getInt("step_number"));
			counted.put(step, new StepCompliance(step, row.getLong("ended"), row.getLong("met")));
		}, args.toArray());
		List<StepCompliance> steps = new ArrayList<>();
		for (SopStep step : SopStep.values()) {
			steps.add(counted.getOrDefault(step, new StepCompliance(step, 0, 0)));
		}
		return steps;
	}

	private List<ComplianceReport.Running> running(long agencyId, Long divisionId, Instant now) {
		List<Object> args = new ArrayList<>(List.of(OffsetDateTime.ofInstant(now, ZoneOffset.UTC), agencyId));
		String sql = """
				SELECT step_number, COUNT(*) AS running, SUM(CASE WHEN due_at < ? THEN 1 ELSE 0 END) AS overdue
				FROM sop_step_clock
				WHERE agency_id = ? AND running = TRUE""" + divisionFilter(divisionId, args) + " GROUP BY step_number";
		Map<SopStep, ComplianceReport.Running> counted = new EnumMap<>(SopStep.class);
		jdbc.query(sql, row -> {
			SopStep step = SopStep.ofNumber(row.getInt("step_number"));
			counted.put(step, new ComplianceReport.Running(step, row.getLong("running"), row.getLong("overdue")));
		}, args.toArray());
		List<ComplianceReport.Running> result = new ArrayList<>();
		for (SopStep step : SopStep.values()) {
			result.add(counted.getOrDefault(step, new ComplianceReport.Running(step, 0, 0)));
		}
		return result;
	}

	private static String divisionFilter(Long divisionId, List<Object> args) {
		if (divisionId == null) {
			return "";
		}
		args.add(divisionId);
		return " AND division_id = ?";
	}

	private static OffsetDateTime utc(java.time.LocalDate date) {
		return OffsetDateTime.ofInstant(date.atStartOfDay(WorkingCalendar.ZONE).toInstant(), ZoneOffset.UTC);
	}
}
