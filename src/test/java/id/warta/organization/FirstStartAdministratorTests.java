package id.warta.organization;

import static id.warta.support.Requests.freshAddress;
import static id.warta.support.Requests.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A production installation (no demo profile) on an empty database: one system administrator with a random
 * one-time password in the log, which must be replaced at the first login; no demo account exists.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:first-start;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstStartAdministratorTests {

	static final Pattern LOGGED = Pattern.compile("administrator '(\\S+)' created with one-time password (\\S+)");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	List<ApplicationRunner> runners;

	@Test
	@Order(1)
	void firstStartCreatesOneAdministratorWhoMustChooseTheirOwnPassword(CapturedOutput output) throws Exception {
		assertThat(jdbc.queryForList("SELECT username FROM staff_account", String.class)).containsExactly("admin");
		assertThat(jdbc.queryForList("SELECT role FROM staff_role", String.class)).containsExactly("SYSTEM_ADMIN");
		assertThat(jdbc.queryForObject("SELECT must_change_password FROM staff_account", Boolean.class)).isTrue();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'FIRST_ADMINISTRATOR_CREATED'",
				Long.class)).isEqualTo(1);

		// A second start logs no password and creates no account.
		int mark = output.getAll().length();
		rerunRunners();
		assertThat(output.getAll().substring(mark)).doesNotContain("one-time password");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff_account", Long.class)).isEqualTo(1);
	}

	@Test
	@Order(2)
	void theLoggedPasswordWorksOnceAndLeadsStraightToChangingIt(CapturedOutput output) throws Exception {
		// A fresh empty database, in the same JVM: the log line is captured this time.
		jdbc.update("DELETE FROM staff_role");
		jdbc.update("DELETE FROM staff_account");
		int mark = output.getAll().length();
		rerunRunners();
		Matcher logged = LOGGED.matcher(output.getAll().substring(mark));
		assertThat(logged.find()).as("the one-time password is in the log").isTrue();
		String username = logged.group(1);
		String password = logged.group(2);
		assertThat(logged.find()).as("and only once").isFalse();
		assertThat(password).hasSizeGreaterThanOrEqualTo(16);

		MockHttpSession session = new MockHttpSession();
		mvc.perform(login(username, password, freshAddress()).session(session)).andExpect(redirectedUrl("/kantor"));
		mvc.perform(get("/kantor").session(session)).andExpect(redirectedUrl("/akun/kata-sandi"));
		mvc.perform(get("/admin/akun").session(session)).andExpect(redirectedUrl("/akun/kata-sandi"));

		mvc.perform(post("/akun/kata-sandi").session(session)
			.with(csrf())
			.param("currentPassword", password)
			.param("newPassword", "Kopi-pahit-di-pagi-hari")
			.param("repeatedPassword", "Kopi-pahit-di-pagi-hari")).andExpect(redirectedUrl("/kantor"));
		mvc.perform(get("/kantor").session(session)).andExpect(status().isOk());
		mvc.perform(get("/admin/akun").session(session)).andExpect(status().isOk());
		assertThat(jdbc.queryForObject("SELECT must_change_password FROM staff_account", Boolean.class)).isFalse();
	}

	private void rerunRunners() throws Exception {
		ApplicationArguments none = new DefaultApplicationArguments();
		for (ApplicationRunner runner : runners) {
			runner.run(none);
		}
	}
}
