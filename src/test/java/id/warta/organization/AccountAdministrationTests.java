package id.warta.organization;

import static id.warta.support.Requests.freshAddress;
import static id.warta.support.Requests.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The system administrator's account pages, and what each kind of bad input gets back. */
@WartaTest
class AccountAdministrationTests {

	static final String PASSWORD = "Apel-pagi-di-halaman";

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdministratorCreatesAnAccountWhoseOwnerMustReplaceTheOneTimePassword() throws Exception {
		String username = "baru." + UUID.randomUUID().toString().substring(0, 8);
		var created = mvc.perform(newAccount(username).param("email", "baru@bekasikota.go.id")
			.param("whatsapp", "0812-3456-7890")
			.param("roles", "CONTRIBUTOR"))
			.andExpect(redirectedUrlPattern("/admin/akun/*"))
			.andExpect(flash().attributeExists("oneTimePassword"))
			.andReturn();
		String oneTime = (String) created.getFlashMap().get("oneTimePassword");
		assertThat(jdbc.queryForObject("SELECT whatsapp FROM staff_account WHERE username = ?", String.class,
				username)).isEqualTo("+6281234567890");

		MockHttpSession session = new MockHttpSession();
		mvc.perform(login(username, oneTime, freshAddress()).session(session)).andExpect(redirectedUrl("/kantor"));
		mvc.perform(get("/kantor").session(session)).andExpect(redirectedUrl("/akun/kata-sandi"));
	}

	@Test
	void aTakenUsernameIsRefusedNextToTheFieldAndTheInputIsKept() throws Exception {
		mvc.perform(post("/admin/akun").with(staff.demo(Role.SYSTEM_ADMIN))
			.with(csrf())
			.param("username", "kontributor")
			.param("fullName", "Nama Yang Diketik")
			.param("divisionId", String.valueOf(staff.divisionId("bidang-pertanahan")))
			.param("roles", "CONTRIBUTOR")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nama pengguna ini sudah dipakai")))
			.andExpect(content().string(containsString("value=\"Nama Yang Diketik\"")));
	}

	@Test
	void invalidUsernameEmailAndWhatsappEachGetTheirOwnMessage() throws Exception {
		mvc.perform(newAccount("Bukan Valid!"))
			.andExpect(content().string(containsString("Nama pengguna harus 3")));
		mvc.perform(newAccount(unique()).param("email", "bukan-email"))
			.andExpect(content().string(containsString("Alamat e-mail tidak valid")));
		mvc.perform(newAccount(unique()).param("whatsapp", "12345"))
			.andExpect(content().string(containsString("Nomor WhatsApp tidak valid")));
		mvc.perform(post("/admin/akun").with(staff.demo(Role.SYSTEM_ADMIN))
			.with(csrf())
			.param("username", unique())
			.param("fullName", "Tanpa Peran")
			.param("version", "0")).andExpect(content().string(containsString("Pilih paling sedikit satu peran")));
	}

	@Test
	void aChangeOnAnOutdatedFormIsRefusedAndKeepsWhatWasTyped() throws Exception {
		String username = staff.create(PASSWORD, Role.CONTRIBUTOR);
		long id = staff.idOf(username);
		jdbc.update("UPDATE staff_account SET version = version + 1 WHERE id = ?", id);
		mvc.perform(post("/admin/akun/{id}", id).with(staff.demo(Role.SYSTEM_ADMIN))
			.with(csrf())
			.param("username", username)
			.param("fullName", "Nama Baru Saya")
			.param("divisionId", String.valueOf(staff.divisionId("sekretariat")))
			.param("roles", "CONTRIBUTOR")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("baru saja diubah orang lain")))
			.andExpect(content().string(containsString("value=\"Nama Baru Saya\"")));
		assertThat(jdbc.queryForObject("SELECT full_name FROM staff_account WHERE id = ?", String.class, id))
			.isNotEqualTo("Nama Baru Saya");
	}

	@Test
	void deactivationEndsTheOwnersRunningSessionAndLaterLogins() throws Exception {
		String username = staff.create(PASSWORD, Role.CONTENT_ADMIN);
		MockHttpSession session = new MockHttpSession();
		mvc.perform(login(username, PASSWORD, freshAddress()).session(session)).andExpect(redirectedUrl("/kantor"));
		mvc.perform(get("/kantor").session(session)).andExpect(status().isOk());

		mvc.perform(post("/admin/akun/{id}/nonaktifkan", staff.idOf(username)).with(staff.demo(Role.SYSTEM_ADMIN))
			.with(csrf())).andExpect(flash().attribute("success", "account.deactivated"));

		mvc.perform(get("/kantor").session(session)).andExpect(redirectedUrl("/masuk?nonaktif"));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff_account WHERE username = ?", Long.class, username))
			.as("deactivated, never deleted")
			.isEqualTo(1);
	}

	@Test
	void rolesGrantedOrRemovedApplyToARunningSessionAtOnce() throws Exception {
		String username = staff.create(PASSWORD, Role.SYSTEM_ADMIN);
		MockHttpSession session = new MockHttpSession();
		mvc.perform(login(username, PASSWORD, freshAddress()).session(session));
		mvc.perform(get("/admin/akun").session(session)).andExpect(status().isOk());
		jdbc.update("DELETE FROM staff_role WHERE staff_id = ?", staff.idOf(username));
		jdbc.update("INSERT INTO staff_role (staff_id, role) VALUES (?, 'SCREENER')", staff.idOf(username));
		mvc.perform(get("/admin/akun").session(session)).andExpect(status().isForbidden());
	}

	@Test
	void anAdministratorCannotLockThemselvesOut() throws Exception {
		long self = staff.idOf("sysadmin");
		mvc.perform(post("/admin/akun/{id}/nonaktifkan", self).with(staff.demo(Role.SYSTEM_ADMIN)).with(csrf()))
			.andExpect(flash().attribute("error", "account.self.deactivate"));
		assertThat(jdbc.queryForObject("SELECT active FROM staff_account WHERE id = ?", Boolean.class, self)).isTrue();
	}

	@Test
	void aPasswordResetShowsANewOneTimePasswordOnceAndVoidsTheOldOne() throws Exception {
		String username = staff.create(PASSWORD, Role.SCREENER);
		var reset = mvc.perform(post("/admin/akun/{id}/reset-kata-sandi", staff.idOf(username))
			.with(staff.demo(Role.SYSTEM_ADMIN))
			.with(csrf())).andExpect(flash().attributeExists("oneTimePassword")).andReturn();
		String oneTime = (String) reset.getFlashMap().get("oneTimePassword");
		mvc.perform(login(username, PASSWORD, freshAddress())).andExpect(redirectedUrl("/masuk?gagal"));
		mvc.perform(login(username, oneTime, freshAddress())).andExpect(redirectedUrl("/kantor"));
	}

	private MockHttpServletRequestBuilder newAccount(String username) {
		return post("/admin/akun").with(staff.demo(Role.SYSTEM_ADMIN))
			.with(csrf())
			.param("username", username)
			.param("fullName", "Staf Baru")
			.param("divisionId", String.valueOf(staff.divisionId("bidang-pertanahan")))
			.param("roles", "CONTRIBUTOR")
			.param("version", "0");
	}

	private static String unique() {
		return "u" + UUID.randomUUID().toString().substring(0, 8);
	}
}
