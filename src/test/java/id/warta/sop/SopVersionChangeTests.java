package id.warta.sop;

import static id.warta.sop.Times.newItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A revision of the SOP mid-way: items already under way keep their version, new items take the new one. */
@WartaTest
class SopVersionChangeTests {

	@Autowired
	SopClocks clocks;

	@Autowired
	SopDefinitions definitions;

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anItemStartedUnderVersionOneKeepsItsStandardsAfterVersionTwoTakesEffect() throws Exception {
		LocalDate effective = SopVersions.nextFreeMonday(jdbc);
		// The revision: 2 days, 3 hours, 1 hour, 45 minutes.
		mvc.perform(SopVersions.form(staff, effective.toString(), 960, 180, 60, 45))
			.andExpect(redirectedUrl("/admin/sop"));
		SopDefinition revised = definitions.effectiveOn(effective);
		assertThat(revised.effectiveFrom()).isEqualTo(effective);
		assertThat(revised.step(SopStep.EDITING).standard()).isEqualTo(Duration.ofHours(3));

		// Material sent in March 2026 under version 1 ...
		SopItem material = newItem("uji-bahan");
		StepClock sent = clocks.start(material, SopStep.SUBMISSION, Times.wib("2026-03-02T10:00"), null);
		clocks.stop(material, SopStep.SUBMISSION, Times.wib("2026-03-02T11:00"));
		assertThat(sent.sopVersion()).isEqualTo(1);

		// ... is edited after the revision took effect: still version 1's 2 hours, for itself and its story.
		Instant monday = at(effective, "10:00");
		StepClock editedLate = clocks.start(material, SopStep.EDITING, monday, null);
		assertThat(editedLate.sopVersion()).isEqualTo(1);
		assertThat(editedLate.standard()).isEqualTo(Duration.ofHours(2));
		assertThat(editedLate.dueAt()).isEqualTo(at(effective, "12:00"));
		SopItem story = newItem("uji-berita");
		StepClock screened = clocks.startContinuing(material, story, SopStep.SCREENING, monday, null);
		assertThat(screened.sopVersionId()).isEqualTo(sent.sopVersionId());
		assertThat(screened.standard()).isEqualTo(Duration.ofHours(2));

		// A new item that starts on the effective date takes the revision's 3 hours.
		StepClock fresh = clocks.start(newItem("uji-berita"), SopStep.EDITING, monday, null);
		assertThat(fresh.sopVersionId()).isEqualTo(revised.id());
		assertThat(fresh.sopVersion()).isEqualTo(revised.version());
		assertThat(fresh.dueAt()).isEqualTo(at(effective, "13:00"));

		// One that starts the working day before does not.
		StepClock friday = clocks.start(newItem("uji-berita"), SopStep.EDITING, at(effective.minusDays(3), "10:00"), null);
		assertThat(friday.sopVersionId()).isNotEqualTo(revised.id());
	}

	private static Instant at(LocalDate date, String time) {
		return Times.wib(date + "T" + time);
	}
}
