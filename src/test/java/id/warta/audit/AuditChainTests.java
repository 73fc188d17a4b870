package id.warta.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.util.Map;

import id.warta.audit.internal.AuditChainVerifier;
import id.warta.audit.internal.ChainVerification;
import id.warta.organization.Role;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The chain proves that nobody changed or removed an entry behind the application's back. Each tampering test
 * puts the row back afterwards, since other tests share the database.
 */
@WartaTest
class AuditChainTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditChainVerifier verifier;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Test
	void anUntouchedChainVerifies() {
		appendThree();
		ChainVerification result = verifier.verify();
		assertThat(result.intact()).isTrue();
		assertThat(result.entries()).isEqualTo(lastSeq());
	}

	@Test
	void alteringAnEntryIsReportedAtThatEntry() {
		long seq = appendThree() - 1;
		Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_entry WHERE seq = ?", seq);
		jdbc.update("UPDATE audit_entry SET details = ? WHERE seq = ?", "{\"role\":\"SYSTEM_ADMIN\"}", seq);
		try {
			ChainVerification result = verifier.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.brokenSeq()).isEqualTo(seq);
			assertThat(result.problem()).isEqualTo("audit.problem.altered");
		}
		finally {
			jdbc.update("UPDATE audit_entry SET details = ? WHERE seq = ?", row.get("details"), seq);
		}
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void rehashingAnAlteredEntryStillBreaksTheLinkToTheNext() {
		long seq = appendThree() - 1;
		Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_entry WHERE seq = ?", seq);
		// A careful forger recomputes the entry's own hash; the next entry still points at the old one.
		jdbc.update("UPDATE audit_entry SET hash = ? WHERE seq = ?", "f".repeat(64), seq);
		try {
			ChainVerification result = verifier.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.brokenSeq()).isEqualTo(seq);
		}
		finally {
			jdbc.update("UPDATE audit_entry SET hash = ? WHERE seq = ?", row.get("hash"), seq);
		}
	}

	@Test
	void deletingAnEntryIsReportedWhereItIsMissing() {
		long seq = appendThree() - 1;
		Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_entry WHERE seq = ?", seq);
		jdbc.update("DELETE FROM audit_entry WHERE seq = ?", seq);
		try {
			ChainVerification result = verifier.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.brokenSeq()).isEqualTo(seq);
			assertThat(result.problem()).isEqualTo("audit.problem.missing");
		}
		finally {
			reinsert(row);
		}
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void deletingTheLastEntryIsReported() {
		long seq = appendThree();
		Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_entry WHERE seq = ?", seq);
		jdbc.update("DELETE FROM audit_entry WHERE seq = ?", seq);
		try {
			ChainVerification result = verifier.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.problem()).isEqualTo("audit.problem.truncated");
		}
		finally {
			reinsert(row);
		}
	}

	@Test
	void theBackOfficePageShowsTheBrokenLinkAfterACheck() throws Exception {
		long seq = appendThree() - 1;
		Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_entry WHERE seq = ?", seq);
		jdbc.update("UPDATE audit_entry SET actor = ? WHERE seq = ?", "orang-lain", seq);
		try {
			verifier.verifyAndRecord();
			mvc.perform(get("/admin/audit").with(staff.demo(Role.SYSTEM_ADMIN)))
				.andExpect(content().string(Matchers.containsString("rusak mulai entri #" + seq)))
				.andExpect(content().string(Matchers.containsString("isi entri sudah diubah")));
		}
		finally {
			jdbc.update("UPDATE audit_entry SET actor = ? WHERE seq = ?", row.get("actor"), seq);
			verifier.verifyAndRecord();
		}
	}

	@Test
	void theAuditPageShowsTheLastAnchorKeptOutsideTheDatabase() throws Exception {
		appendThree();
		ChainVerification anchored = verifier.verifyAndAnchor();
		mvc.perform(get("/admin/audit").with(staff.demo(Role.SYSTEM_ADMIN)))
			.andExpect(content().string(Matchers.containsString("entri #" + anchored.entries())))
			.andExpect(content().string(Matchers.containsString("hash " + anchored.headHash())));
	}

	@Test
	void theApplicationNeverUpdatesOrDeletesEntries() throws Exception {
		// A static guarantee: no statement in the audit module's code changes an entry.
		try (var sources = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java/id/warta"))) {
			var offenders = sources.filter(path -> path.toString().endsWith(".java")).filter(path -> {
				try {
					String code = java.nio.file.Files.readString(path).toUpperCase();
					return code.contains("UPDATE AUDIT_ENTRY") || code.contains("DELETE FROM AUDIT_ENTRY");
				}
				catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).toList();
			assertThat(offenders).isEmpty();
		}
	}

	private long appendThree() {
		trail.append("uji", "TEST_ONE", "Test", "1", Map.of("n", 1));
		trail.append("uji", "TEST_TWO", "Test", "2", Map.of("n", 2));
		trail.append("uji", "TEST_THREE", "Test", "3", Map.of("n", 3));
		return lastSeq();
	}

	private long lastSeq() {
		return jdbc.queryForObject("SELECT last_seq FROM audit_head WHERE id = 1", Long.class);
	}

	private void reinsert(Map<String, Object> row) {
		jdbc.update("""
				INSERT INTO audit_entry (seq, occurred_at, actor, action, object_type, object_id, details, prev_hash, hash, algorithm)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", row.get("seq"), row.get("occurred_at"), row.get("actor"),
				row.get("action"), row.get("object_type"), row.get("object_id"), row.get("details"),
				row.get("prev_hash"), row.get("hash"), row.get("algorithm"));
	}
}
