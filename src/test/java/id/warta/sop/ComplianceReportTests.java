package id.warta.sop;

import static id.warta.sop.Times.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.YearMonth;
import java.util.UUID;

import id.warta.organization.Role;
import id.warta.sop.internal.ComplianceReport;
import id.warta.sop.internal.StepCompliance;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The compliance report counts, per month (in WIB) and step, the clocks that ended, met and breached; for one
 * division, or for the agency as a whole. The division is made for this test, so its numbers are exact.
 */
@WartaTest
class ComplianceReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	SopClocks clocks;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void countsPerMonthAndStepForADivisionAndForTheWholeAgency() throws Exception {
		long division = newDivision();
		ComplianceReport agencyBefore = report(null);

		// February 2026. Editing (2 h): two met, one a minute late.
		timed(SopStep.EDITING, division, "2026-02-02T10:00", "2026-02-02T11:00");
		timed(SopStep.EDITING, division, "2026-02-02T10:00", "2026-02-02T12:00");
		timed(SopStep.EDITING, division, "2026-02-02T10:00", "2026-02-02T12:01");
		// Material sent on Friday 30 January, ended on Monday: counted in February, when it ended.
		timed(SopStep.SUBMISSION, division, "2026-01-30T15:00", "2026-02-02T09:00");
		timed(SopStep.PUBLISHING, division, "2026-02-03T09:00", "2026-02-03T09:20");
		// Screening ended on Sunday 1 March 06:00 WIB, still 28 February in UTC: a March clock.
		timed(SopStep.SCREENING, division, "2026-02-27T15:00", "2026-03-01T06:00");
		timed(SopStep.SCREENING, division, "2026-03-02T10:00", "2026-03-03T10:00");
		// Running since March, long overdue.
		clocks.start(Times.newItem("uji"), SopStep.SUBMISSION, wib("2026-03-02T10:00"), division);
		// Another division's late editing only counts for the agency.
		timed(SopStep.EDITING, staff.divisionId("bidang-pertanahan"), "2026-02-04T10:00", "2026-02-05T10:00");

		ComplianceReport report = report(division);
		assertThat(month(report, 2)).containsExactly(new StepCompliance(SopStep.SUBMISSION, 1, 1),
				new StepCompliance(SopStep.EDITING, 3, 2), new StepCompliance(SopStep.SCREENING, 0, 0),
				new StepCompliance(SopStep.PUBLISHING, 1, 1));
		assertThat(month(report, 3)).containsExactly(new StepCompliance(SopStep.SUBMISSION, 0, 0),
				new StepCompliance(SopStep.EDITING, 0, 0), new StepCompliance(SopStep.SCREENING, 2, 1),
				new StepCompliance(SopStep.PUBLISHING, 0, 0));
		assertThat(month(report, 1)).allMatch(step -> step.ended() == 0);
		assertThat(report.totals()).containsExactly(new StepCompliance(SopStep.SUBMISSION, 1, 1),
				new StepCompliance(SopStep.EDITING, 3, 2), new StepCompliance(SopStep.SCREENING, 2, 1),
				new StepCompliance(SopStep.PUBLISHING, 1, 1));
		assertThat(report.totals().get(1).percentMet()).hasToString("66.7");
		assertThat(report.totals().get(1).breached()).isEqualTo(1);
		assertThat(report.running().get(0)).isEqualTo(new ComplianceReport.Running(SopStep.SUBMISSION, 1, 1));

		ComplianceReport agency = report(null);
		StepCompliance editingBefore = month(agencyBefore, 2).get(1);
		StepCompliance editingAfter = month(agency, 2).get(1);
		assertThat(editingAfter.ended() - editingBefore.ended()).isEqualTo(4);
		assertThat(editingAfter.met() - editingBefore.met()).isEqualTo(2);

		mvc.perform(get("/laporan/sop").param("tahun", "2026").param("bidang", String.valueOf(division))
			.with(staff.demo(Role.SCREENER)))
			.andExpect(content().string(containsString("66,7 %")))
			.andExpect(content().string(containsString("50,0 %")))
			.andExpect(content().string(containsString("Februari 2026")));
	}

	private void timed(SopStep step, long division, String start, String end) {
		SopItem item = Times.newItem("uji");
		clocks.start(item, step, wib(start), division);
		clocks.stop(item, step, wib(end));
	}

	private ComplianceReport report(Long division) throws Exception {
		var request = get("/laporan/sop").param("tahun", "2026").with(staff.demo(Role.CONTENT_ADMIN));
		if (division != null) {
			request.param("bidang", String.valueOf(division));
		}
		return (ComplianceReport) mvc.perform(request).andReturn().getModelAndView().getModel().get("report");
	}

	private static java.util.List<StepCompliance> month(ComplianceReport report, int month) {
		return report.months()
			.stream()
			.filter(m -> m.month().equals(YearMonth.of(2026, month)))
			.findFirst()
			.orElseThrow()
			.steps();
	}

	private long newDivision() {
		String slug = "uji-laporan-" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.update("INSERT INTO division (agency_id, slug, name, active, version) "
				+ "VALUES ((SELECT MIN(id) FROM agency), ?, ?, TRUE, 0)", slug, "Bidang " + slug);
		return staff.divisionId(slug);
	}
}
