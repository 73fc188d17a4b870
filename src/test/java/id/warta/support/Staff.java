package id.warta.support;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import id.warta.organization.Role;
import id.warta.organization.StaffPrincipal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Test fixtures for staff: the demo accounts, and fresh accounts with unique usernames so that tests sharing a
 * database never collide.
 */
@Component
public class Staff {

	public static final String DEMO_PASSWORD = "warta-demo-2026";

	private final UserDetailsService users;
	private final JdbcTemplate jdbc;
	private final PasswordEncoder encoder;

	Staff(UserDetailsService users, JdbcTemplate jdbc, PasswordEncoder encoder) {
		this.users = users;
		this.jdbc = jdbc;
		this.encoder = encoder;
	}

	/** Signs the request in as the demo account that holds this role. */
	public RequestPostProcessor demo(Role role) {
		return as(demoUsername(role));
	}

	public RequestPostProcessor as(String username) {
		StaffPrincipal principal = (StaffPrincipal) users.loadUserByUsername(username);
		return SecurityMockMvcRequestPostProcessors.user(principal);
	}

	public static String demoUsername(Role role) {
		return switch (role) {
			case CONTRIBUTOR -> "kontributor";
			case CONTENT_ADMIN -> "admin.konten";
			case SCREENER -> "penyaring";
			case PPID_OFFICER -> "ppid";
			case PPID_SUPERIOR -> "atasan.ppid";
			case SYSTEM_ADMIN -> "sysadmin";
		};
	}

	/** Creates an active account with a unique username and the given password; returns the username. */
	public String create(String password, Role... roles) {
		String username = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		Long agencyId = jdbc.queryForObject("SELECT MIN(id) FROM agency", Long.class);
		Long divisionId = jdbc.queryForObject("SELECT MIN(id) FROM division", Long.class);
		jdbc.update("""
				INSERT INTO staff_account (agency_id, username, password_hash, full_name, division_id, active,
				  must_change_password, created_at, version)
				VALUES (?, ?, ?, ?, ?, TRUE, FALSE, CURRENT_TIMESTAMP, 0)""", agencyId, username,
				encoder.encode(password), "Uji " + username, divisionId);
		Long id = idOf(username);
		Set<Role> set = roles.length == 0 ? EnumSet.of(Role.CONTRIBUTOR) : EnumSet.of(roles[0], roles);
		for (Role role : set) {
			jdbc.update("INSERT INTO staff_role (staff_id, role) VALUES (?, ?)", id, role.name());
		}
		return username;
	}

	public void moveTo(String username, String divisionSlug) {
		jdbc.update("UPDATE staff_account SET division_id = ? WHERE username = ?", divisionId(divisionSlug), username);
	}

	public void deactivate(String username) {
		jdbc.update("UPDATE staff_account SET active = FALSE WHERE username = ?", username);
	}

	public long idOf(String username) {
		return jdbc.queryForObject("SELECT id FROM staff_account WHERE username = ?", Long.class, username);
	}

	public long divisionId(String slug) {
		return jdbc.queryForObject("SELECT id FROM division WHERE slug = ?", Long.class, slug);
	}
}
