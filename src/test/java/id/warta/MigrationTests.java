package id.warta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The same migrations run unchanged on an empty H2 and on an empty PostgreSQL database. PostgreSQL is the
 * server on 127.0.0.1:5432 (user postgres, or WARTA_TEST_PG_USER); on CI its absence is a failure.
 */
class MigrationTests {

	static final List<String> TABLES = List.of("agency", "division", "staff_account", "staff_role", "audit_entry",
			"audit_head", "audit_check", "login_throttle", "event_publication", "sop_version", "sop_step",
			"sop_holiday", "sop_holiday_import", "sop_step_clock");

	@Test
	void migrateAnEmptyH2Database() {
		var dataSource = new DriverManagerDataSource("jdbc:h2:mem:migration-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
		migrateAndCheck(dataSource);
	}

	@Test
	void migrateAnEmptyPostgresqlDatabase() throws SQLException {
		String user = System.getenv().getOrDefault("WARTA_TEST_PG_USER", "postgres");
		String password = System.getenv().getOrDefault("WARTA_TEST_PG_PASSWORD", "");
		String server = "jdbc:postgresql://127.0.0.1:5432/";
		String database = "warta_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (Connection admin = connect(server + "postgres", user, password)) {
			if (admin == null) {
				if (System.getenv("CI") != null) {
					fail("PostgreSQL is required on CI but does not answer on 127.0.0.1:5432");
				}
				Assumptions.abort("PostgreSQL does not answer on 127.0.0.1:5432: only H2 was migrated");
			}
			admin.createStatement().execute("CREATE DATABASE " + database);
			try {
				migrateAndCheck(new DriverManagerDataSource(server + database, user, password));
			}
			finally {
				admin.createStatement().execute("DROP DATABASE " + database + " WITH (FORCE)");
			}
		}
	}

	private static void migrateAndCheck(javax.sql.DataSource dataSource) {
		var result = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		assertThat(result.success).isTrue();
		assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(3);
		var jdbc = new JdbcTemplate(dataSource);
		for (String table : TABLES) {
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)).as(table).isNotNull();
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM agency", Long.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT last_seq FROM audit_head WHERE id = 1", Long.class)).isZero();
		// The January 2026 SOP: 1 working day, 2 hours, 2 hours, 30 minutes.
		assertThat(jdbc.queryForList("SELECT standard_minutes FROM sop_step ORDER BY step_number", Integer.class))
			.containsExactly(480, 120, 120, 30);
	}

	private static Connection connect(String url, String user, String password) {
		try {
			return DriverManager.getConnection(url, user, password);
		}
		catch (SQLException unreachable) {
			return null;
		}
	}
}
