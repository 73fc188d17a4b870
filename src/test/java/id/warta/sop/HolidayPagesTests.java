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

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import id.warta.organization.Role;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Holidays of the working calendar: seeded once from the 2026 decree, added and removed by the system
 * administrator with plain Indonesian messages for bad input. Tests add holidays only in 2097.
 */
@WartaTest
class HolidayPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SopClocks clocks;

	@Autowired
	ApplicationContext context;

	@Test
	void the2026HolidaysAreSeededOnceFromTheFileInTheProject() throws Exception {
		assertThat(holidaysIn(2026)).isEqualTo(25);
		assertThat(jdbc.queryForObject("SELECT holidays FROM sop_holiday_import WHERE source = 'hari-libur-2026.csv'",
				Integer.class)).isEqualTo(25);
		context.getBean("holidaySeeder", ApplicationRunner.class).run(null);
		assertThat(holidaysIn(2026)).isEqualTo(25);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'HOLIDAYS_IMPORTED'",
				Long.class)).isEqualTo(1);

		mvc.perform(get("/admin/sop/libur").param("tahun", "2026").with(staff.demo(Role.SYSTEM_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jumat, 20 Maret 2026")))
			.andExpect(content().string(containsString("Cuti Bersama Idul Fitri 1447 H")))
			.andExpect(content().string(containsString("Libur nasional")))
			.andExpect(content().string(containsString("Hari libur tahun 2027 belum dimasukkan")));
	}

	@Test
	void theAdministratorAddsAndRemovesAHolidayAndTheTrailRecordsBoth() throws Exception {
		mvc.perform(add("2097-08-19", "Libur Uji Coba", "CUTI_BERSAMA"))
			.andExpect(redirectedUrl("/admin/sop/libur?tahun=2097"))
			.andExpect(flash().attribute("success", "sop.holiday.added"));
		long id = jdbc.queryForObject("SELECT id FROM sop_holiday WHERE holiday_date = DATE '2097-08-19'", Long.class);
		assertThat(jdbc.queryForObject("SELECT kind FROM sop_holiday WHERE id = ?", String.class, id))
			.isEqualTo("cuti_bersama");
		mvc.perform(get("/admin/sop/libur").param("tahun", "2097").with(staff.demo(Role.SYSTEM_ADMIN)))
			.andExpect(content().string(containsString("Libur Uji Coba")));

		mvc.perform(post("/admin/sop/libur/{id}/hapus", id).with(staff.demo(Role.SYSTEM_ADMIN)).with(csrf()))
			.andExpect(redirectedUrl("/admin/sop/libur?tahun=2097"))
			.andExpect(flash().attribute("success", "sop.holiday.removed"));
		mvc.perform(post("/admin/sop/libur/{id}/hapus", id).with(staff.demo(Role.SYSTEM_ADMIN)).with(csrf()))
			.andExpect(flash().attribute("error", "sop.holiday.alreadyGone"));
		assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE object_type = 'Holiday' AND object_id = ? "
				+ "AND actor = 'sysadmin' ORDER BY seq", String.class, String.valueOf(id)))
			.containsExactly("HOLIDAY_ADDED", "HOLIDAY_REMOVED");
	}

	@Test
	void badInputIsRefusedInIndonesianAndChangesNothing() throws Exception {
		long before = jdbc.queryForObject("SELECT COUNT(*) FROM sop_holiday", Long.class);
		mvc.perform(add("2026-03-20", "Libur Ganda", "LIBUR_NASIONAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Tanggal 20 Maret 2026 sudah terdaftar sebagai hari libur: Cuti Bersama Idul Fitri 1447 H.")));
		mvc.perform(add("20/03/2026", "Libur Ganda", "LIBUR_NASIONAL"))
			.andExpect(content().string(containsString("sudah terdaftar sebagai hari libur")));
		mvc.perform(add("2097-02-30", "Libur Mustahil", "LIBUR_NASIONAL"))
			.andExpect(content().string(containsString("Tanggal tidak valid.")));
		mvc.perform(add("besok lusa", "Libur Mustahil", "LIBUR_NASIONAL"))
			.andExpect(content().string(containsString("Tanggal tidak valid.")));
		mvc.perform(add("", "Libur Tanpa Tanggal", "LIBUR_NASIONAL"))
			.andExpect(content().string(containsString("Tanggal wajib diisi.")));
		mvc.perform(add("1990-01-01", "Libur Lama", "LIBUR_NASIONAL"))
			.andExpect(content().string(containsString("Tanggal harus antara tahun 2000 dan 2100.")));
		mvc.perform(add("2097-08-20", " ", "LIBUR_NASIONAL"))
			.andExpect(content().string(containsString("Nama hari libur wajib diisi.")));
		mvc.perform(add("2097-08-20", "Libur Aneh", "LIBUR_DAERAH"))
			.andExpect(content().string(containsString("Pilih jenis hari libur.")))
			// What was typed stays in the form.
			.andExpect(content().string(containsString("value=\"Libur Aneh\"")));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sop_holiday", Long.class)).isEqualTo(before);
		assertThat(jdbc.queryForObject("SELECT name FROM sop_holiday WHERE holiday_date = DATE '2026-03-20'",
				String.class)).isEqualTo("Cuti Bersama Idul Fitri 1447 H");
	}

	@Test
	void aHolidayEnteredLaterMovesTheDueTimeOfARunningClockAndRemovingItMovesItBack() throws Exception {
		LocalDate monday = LocalDate.of(2097, 6, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
		LocalDate tuesday = monday.plusDays(1);
		SopItem running = Times.newItem("uji");
		SopItem ended = Times.newItem("uji");
		clocks.start(running, SopStep.SUBMISSION, Times.wib(monday + "T15:00"), null);
		clocks.start(ended, SopStep.SUBMISSION, Times.wib(monday + "T15:00"), null);
		clocks.stop(ended, SopStep.SUBMISSION, Times.wib(monday + "T16:00"));
		assertThat(clocks.timeline(running).get(0).dueAt()).isEqualTo(Times.wib(tuesday + "T15:00"));

		mvc.perform(add(tuesday.toString(), "Cuti Bersama Uji", "CUTI_BERSAMA")).andExpect(status().is3xxRedirection());
		assertThat(clocks.timeline(running).get(0).dueAt()).isEqualTo(Times.wib(tuesday.plusDays(1) + "T15:00"));
		assertThat(clocks.timeline(ended).get(0).dueAt()).isEqualTo(Times.wib(tuesday + "T15:00"));

		long id = jdbc.queryForObject("SELECT id FROM sop_holiday WHERE holiday_date = ?", Long.class, tuesday);
		mvc.perform(post("/admin/sop/libur/{id}/hapus", id).with(staff.demo(Role.SYSTEM_ADMIN)).with(csrf()));
		assertThat(clocks.timeline(running).get(0).dueAt()).isEqualTo(Times.wib(tuesday + "T15:00"));
	}

	private MockHttpServletRequestBuilder add(String date, String name, String kind) {
		return post("/admin/sop/libur").with(staff.demo(Role.SYSTEM_ADMIN))
			.with(csrf())
			.param("date", date)
			.param("name", name)
			.param("kind", kind);
	}

	private long holidaysIn(int year) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM sop_holiday WHERE holiday_date BETWEEN ? AND ?", Long.class,
				LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}
}
