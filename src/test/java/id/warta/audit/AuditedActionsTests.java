package id.warta.audit;

import static id.warta.support.Requests.freshAddress;
import static id.warta.support.Requests.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import id.warta.organization.Role;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Logins and changes to accounts, roles and settings leave audit entries with their actor. */
@WartaTest
class AuditedActionsTests {

	static final String PASSWORD = "Laporan-bulanan-selesai";

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void successfulAndFailedLoginsAreRecordedWithTheAddress() throws Exception {
		String username = staff.create(PASSWORD, Role.SCREENER);
		String address = freshAddress();
		mvc.perform(login(username, "keliru-sekali", address));
		mvc.perform(login(username, PASSWORD, address));
		List<String> actions = jdbc.queryForList(
				"SELECT action FROM audit_entry WHERE actor = ? AND details LIKE ? ORDER BY seq", String.class,
				username, "%" + address + "%");
		assertThat(actions).containsExactly("LOGIN_FAILED", "LOGIN_SUCCEEDED");
	}

	@Test
	void roleChangesRecordBeforeAndAfterAndWhoDidIt() throws Exception {
		String username = staff.create(PASSWORD, Role.CONTRIBUTOR);
		long id = staff.idOf(username);
		mvc.perform(post("/admin/akun/{id}", id).with(staff.demo(Role.SYSTEM_ADMIN))
			.with(csrf())
			.param("username", username)
			.param("fullName", "Uji Peran")
			.param("divisionId", String.valueOf(staff.divisionId("sekretariat")))
			.param("roles", "CONTRIBUTOR", "SCREENER")
			.param("version", "0"));
		var entry = jdbc.queryForMap(
				"SELECT actor, details FROM audit_entry WHERE action = 'ROLES_CHANGED' AND object_id = ?",
				String.valueOf(id));
		assertThat(entry.get("actor")).isEqualTo("sysadmin");
		assertThat((String) entry.get("details")).contains("\"before\":[\"CONTRIBUTOR\"]")
			.contains("\"after\":[\"CONTRIBUTOR\",\"SCREENER\"]");
	}

	@Test
	void settingsChangesAreRecorded() throws Exception {
		mvc.perform(post("/admin/bidang").with(staff.demo(Role.SYSTEM_ADMIN))
			.with(csrf())
			.param("name", "Bidang Audit " + System.nanoTime())
			.param("version", "0"));
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_entry WHERE action = 'DIVISION_CREATED' AND actor = 'sysadmin'",
				Long.class))
			.isPositive();
	}
}
