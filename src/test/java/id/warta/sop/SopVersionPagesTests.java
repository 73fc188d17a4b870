package id.warta.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import id.warta.organization.Role;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The system administrator reads the SOP's versions and office hours and revises the SOP. */
@WartaTest
class SopVersionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theJanuary2026RevisionAndTheOfficeHoursAreShown() throws Exception {
		mvc.perform(get("/admin/sop").with(staff.demo(Role.SYSTEM_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Versi 1")))
			.andExpect(content().string(containsString("1 Januari 2026")))
			.andExpect(content().string(containsString("Senin\u2013Jumat, pukul 08.00\u201316.00 WIB")))
			.andExpect(content().string(containsString("1 hari kerja")))
			.andExpect(content().string(containsString("2 jam")))
			.andExpect(content().string(containsString("30 menit")))
			.andExpect(content().string(containsString("Admin Konten")));
		mvc.perform(get("/admin/sop").param("lang", "en").with(staff.demo(Role.SYSTEM_ADMIN)))
			.andExpect(content().string(containsString("Monday\u2013Friday, 08.00\u201316.00 WIB")))
			.andExpect(content().string(containsString("1 working day")));
	}

	@Test
	void theNewVersionFormStartsFromTheLatestVersion() throws Exception {
		String latestScreening = jdbc.queryForObject("""
				SELECT s.name FROM sop_step s JOIN sop_version v ON v.id = s.sop_version_id
				WHERE s.step_number = 3 ORDER BY v.version_number DESC LIMIT 1""", String.class);
		mvc.perform(get("/admin/sop/versi/baru").with(staff.demo(Role.SYSTEM_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"steps[0].amount\"")))
			.andExpect(content().string(containsString("name=\"steps[3].unit\"")))
			.andExpect(content().string(containsString(latestScreening)));
	}

	@Test
	void theAdministratorCreatesAVersionAndTheAuditTrailRecordsIt() throws Exception {
		LocalDate effective = SopVersions.nextFreeMonday(jdbc);
		mvc.perform(SopVersions.form(staff, effective.toString(), 480, 90, 120, 20))
			.andExpect(redirectedUrl("/admin/sop"));
		var version = jdbc.queryForMap("SELECT id, version_number, created_by FROM sop_version WHERE effective_from = ?",
				effective);
		assertThat(version.get("created_by")).isEqualTo("sysadmin");
		assertThat(jdbc.queryForList("SELECT standard_minutes FROM sop_step WHERE sop_version_id = ? ORDER BY step_number",
				Integer.class, version.get("id"))).containsExactly(480, 90, 120, 20);
		assertThat(jdbc.queryForObject("""
				SELECT details FROM audit_entry WHERE action = 'SOP_VERSION_CREATED' AND object_id = ? AND actor = 'sysadmin'
				""", String.class, String.valueOf(version.get("id")))).contains("\"EDITING\":90");
		mvc.perform(get("/admin/sop").with(staff.demo(Role.SYSTEM_ADMIN)))
			.andExpect(content().string(containsString("Versi " + version.get("version_number"))))
			.andExpect(content().string(containsString("akan berlaku")))
			.andExpect(content().string(containsString("1 jam 30 menit")));
	}

	@Test
	void aStandardOfZeroOrNoNumberIsRefusedInIndonesianAndNothingIsCreated() throws Exception {
		long before = versions();
		String date = SopVersions.nextFreeMonday(jdbc).toString();
		mvc.perform(SopVersions.form(staff, date, 480, 0, 120, 30))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mutu baku harus lebih dari 0.")));
		mvc.perform(SopVersions.form(staff, date, "480", "120", "dua", "30"))
			.andExpect(content().string(containsString("Mutu baku harus berupa bilangan bulat")));
		mvc.perform(SopVersions.form(staff, date, "480", "", "120", "30"))
			.andExpect(content().string(containsString("Mutu baku wajib diisi")));
		mvc.perform(SopVersions.form(staff, date, 480, 120, 120, 100_000))
			.andExpect(content().string(containsString("Mutu baku paling lama 30 hari kerja.")));
		// A form without its four steps was not sent by the page: start again from a fresh one.
		mvc.perform(post("/admin/sop/versi").with(staff.demo(Role.SYSTEM_ADMIN)).with(csrf())
			.param("effectiveFrom", date)
			.param("note", "Tanpa langkah")
			.param("steps[3].amount", "30"))
			.andExpect(redirectedUrl("/admin/sop/versi/baru"))
			.andExpect(flash().attribute("error", "sop.version.steps.incomplete"));
		assertThat(versions()).isEqualTo(before);
	}

	@Test
	void anEffectiveDateInThePastOrOnAnotherVersionsDateOrNoDateIsRefused() throws Exception {
		long before = versions();
		mvc.perform(SopVersions.form(staff, "2026-01-01", 480, 120, 120, 30))
			.andExpect(content().string(containsString("tidak boleh sebelum hari ini")));
		mvc.perform(SopVersions.form(staff, "2230-02-30", 480, 120, 120, 30))
			.andExpect(content().string(containsString("Tanggal tidak valid.")));
		mvc.perform(SopVersions.form(staff, "", 480, 120, 120, 30))
			.andExpect(content().string(containsString("Tanggal mulai berlaku wajib diisi.")));
		assertThat(versions()).isEqualTo(before);

		LocalDate taken = SopVersions.nextFreeMonday(jdbc);
		mvc.perform(SopVersions.form(staff, taken.toString(), 480, 120, 120, 30)).andExpect(redirectedUrl("/admin/sop"));
		mvc.perform(SopVersions.form(staff, taken.toString(), 480, 120, 120, 45))
			.andExpect(content().string(containsString("Sudah ada versi SOP yang berlaku mulai tanggal itu")));
		assertThat(versions()).isEqualTo(before + 1);
	}

	private long versions() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM sop_version", Long.class);
	}
}
