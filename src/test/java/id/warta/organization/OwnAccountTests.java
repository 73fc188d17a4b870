package id.warta.organization;

import static id.warta.support.Requests.freshAddress;
import static id.warta.support.Requests.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Year;

import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Every staff member's own profile and password. */
@WartaTest
class OwnAccountTests {

	static final String PASSWORD = "Sore-hujan-di-Bekasi";

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aWeakNewPasswordIsRefusedWithItsReasonAndTheOldOneStillWorks() throws Exception {
		String username = staff.create(PASSWORD, Role.CONTRIBUTOR);
		mvc.perform(post("/akun/kata-sandi").with(staff.as(username))
			.with(csrf())
			.param("currentPassword", PASSWORD)
			.param("newPassword", "bismillah123")
			.param("repeatedPassword", "bismillah123"))
			.andExpect(content().string(containsString("terlalu umum")))
			.andExpect(content().string(not(containsString("bismillah123"))));
		mvc.perform(login(username, PASSWORD, freshAddress())).andExpect(redirectedUrl("/kantor"));
	}

	@Test
	void aPasswordMadeOfTheAgencysWordsOrOfAColleaguesUsernameIsRefusedSayingWhyAndWhatToDo() throws Exception {
		String username = staff.create(PASSWORD, Role.CONTRIBUTOR);
		String colleague = staff.create(PASSWORD, Role.SCREENER);
		String year = Integer.toString(Year.now().getValue());
		changePassword(username, "Dpkpp-Bekasi-" + year)
			.andExpect(content().string(containsString("memuat nama instansi, nama kota, atau tahun")))
			.andExpect(content().string(containsString("Tambahkan dua atau tiga kata lain")));
		changePassword(username, colleague.toUpperCase() + "!")
			.andExpect(content().string(containsString("memuat nama pengguna Anda atau pegawai lain")));
		changePassword(username, "Rahasia-Sayang-Merdeka")
			.andExpect(content().string(containsString("kata sandi yang umum dipakai")));
		mvc.perform(login(username, PASSWORD, freshAddress())).andExpect(redirectedUrl("/kantor"));
	}

	private ResultActions changePassword(String username, String newPassword)
			throws Exception {
		return mvc.perform(post("/akun/kata-sandi").with(staff.as(username))
			.with(csrf())
			.param("currentPassword", PASSWORD)
			.param("newPassword", newPassword)
			.param("repeatedPassword", newPassword));
	}

	@Test
	void aWrongCurrentPasswordIsRefused() throws Exception {
		String username = staff.create(PASSWORD, Role.CONTRIBUTOR);
		mvc.perform(post("/akun/kata-sandi").with(staff.as(username))
			.with(csrf())
			.param("currentPassword", "bukan-yang-ini")
			.param("newPassword", "Jalan-kaki-ke-kantor")
			.param("repeatedPassword", "Jalan-kaki-ke-kantor"))
			.andExpect(content().string(containsString("Kata sandi sekarang salah")));
	}

	@Test
	void aGoodNewPasswordReplacesTheOldOne() throws Exception {
		String username = staff.create(PASSWORD, Role.CONTRIBUTOR);
		mvc.perform(post("/akun/kata-sandi").with(staff.as(username))
			.with(csrf())
			.param("currentPassword", PASSWORD)
			.param("newPassword", "Jalan-kaki-ke-kantor")
			.param("repeatedPassword", "Jalan-kaki-ke-kantor")).andExpect(redirectedUrl("/kantor"));
		mvc.perform(login(username, PASSWORD, freshAddress())).andExpect(redirectedUrl("/masuk?gagal"));
		mvc.perform(login(username, "Jalan-kaki-ke-kantor", freshAddress())).andExpect(redirectedUrl("/kantor"));
	}

	@Test
	void everyoneEditsTheirOwnNameEmailAndWhatsapp() throws Exception {
		String username = staff.create(PASSWORD, Role.SCREENER);
		mvc.perform(post("/akun/profil").with(staff.as(username))
			.with(csrf())
			.param("fullName", "Ibu Sekretaris")
			.param("email", "sekretaris@bekasikota.go.id")
			.param("whatsapp", "+62 813 1111 2222")).andExpect(redirectedUrl("/akun/profil"));
		var row = jdbc.queryForMap("SELECT full_name, email, whatsapp FROM staff_account WHERE username = ?", username);
		assertThat(row).containsEntry("full_name", "Ibu Sekretaris")
			.containsEntry("email", "sekretaris@bekasikota.go.id")
			.containsEntry("whatsapp", "+6281311112222");
	}

	@Test
	void aBadWhatsappNumberIsRefusedAndNothingChanges() throws Exception {
		String username = staff.create(PASSWORD, Role.SCREENER);
		mvc.perform(post("/akun/profil").with(staff.as(username))
			.with(csrf())
			.param("fullName", "Nama Lain")
			.param("whatsapp", "021-8801000"))
			.andExpect(content().string(containsString("Nomor WhatsApp tidak valid")))
			.andExpect(content().string(containsString("value=\"Nama Lain\"")));
		assertThat(jdbc.queryForObject("SELECT full_name FROM staff_account WHERE username = ?", String.class,
				username)).isNotEqualTo("Nama Lain");
	}
}
