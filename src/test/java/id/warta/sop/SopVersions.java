package id.warta.sop;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import id.warta.organization.Role;
import id.warta.support.Staff;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Test fixtures for SOP versions. Versions made by tests take effect on Mondays from the year 2200 on, one week
 * after the latest, so that they never govern the 2026 clocks of other tests and never share a date.
 */
final class SopVersions {

	private SopVersions() {
	}

	static synchronized LocalDate nextFreeMonday(JdbcTemplate jdbc) {
		LocalDate latest = jdbc.queryForObject("SELECT MAX(effective_from) FROM sop_version", LocalDate.class);
		LocalDate floor = LocalDate.of(2200, 1, 1);
		LocalDate after = latest == null || latest.isBefore(floor) ? floor : latest;
		return after.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
	}

	/** The new-version form, filled in as a system administrator would, with standards in minutes. */
	static MockHttpServletRequestBuilder form(Staff staff, String effectiveFrom, int... minutes) {
		return form(staff, effectiveFrom, java.util.Arrays.stream(minutes).mapToObj(String::valueOf).toArray(String[]::new));
	}

	/** The same with the amounts exactly as typed, such as {@code "dua"} or {@code ""}. */
	static MockHttpServletRequestBuilder form(Staff staff, String effectiveFrom, String... minutes) {
		var request = post("/admin/sop/versi").with(staff.demo(Role.SYSTEM_ADMIN))
			.with(csrf())
			.param("effectiveFrom", effectiveFrom)
			.param("note", "SOP revisi uji");
		for (int i = 0; i < 4; i++) {
			request.param("steps[" + i + "].name", "Kegiatan langkah " + (i + 1))
				.param("steps[" + i + "].amount", minutes[i])
				.param("steps[" + i + "].unit", "MINUTES");
		}
		return request;
	}
}
