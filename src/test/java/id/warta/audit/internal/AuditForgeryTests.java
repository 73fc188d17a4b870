package id.warta.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import id.warta.audit.AuditTrail;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Someone with write access to the database, but not to the chain's key or the shared storage, tries to rewrite
 * the trail. Each test puts the table back as it was, since other tests share the database.
 */
@WartaTest
class AuditForgeryTests {

	private final AuditTrail trail;
	private final AuditChainVerifier verifier;
	private final JdbcTemplate jdbc;

	@Autowired
	AuditForgeryTests(AuditTrail trail, AuditChainVerifier verifier, JdbcTemplate jdbc) {
		this.trail = trail;
		this.verifier = verifier;
		this.jdbc = jdbc;
	}

	@Test
	void theFirstKeyedEntrySaysTheChainBecameKeyedAndEveryEntryAfterItIsKeyed() {
		trail.append("uji", "TEST_ONE", "Test", "1", Map.of());
		List<Map<String, Object>> markers = jdbc
			.queryForList("SELECT seq, algorithm FROM audit_entry WHERE action = 'AUDIT_CHAIN_KEYED'");
		assertThat(markers).hasSize(1);
		assertThat(markers.get(0).get("algorithm")).isEqualTo("HMAC-SHA256");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE seq > ? AND algorithm <> 'HMAC-SHA256'",
				Long.class, markers.get(0).get("seq")))
			.isZero();
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void anEntryRewrittenWithTheWholePlainChainRecomputedIsDetected() {
		long seq = appendThree() - 2;
		List<Map<String, Object>> original = rowsFrom(seq);
		Map<String, Object> head = head();
		try {
			// The forger changes who gave a role, then recomputes every plain SHA-256 hash from there to the head.
			rewriteAsPlainChain(seq, "orang-lain");
			ChainVerification result = verifier.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.brokenSeq()).isEqualTo(seq);
			assertThat(result.problem()).isEqualTo("audit.problem.altered");
		}
		finally {
			restore(original, head);
		}
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void aRollbackToAnOlderConsistentChainIsDetected() {
		ChainVerification result = afterRollback(false).result();
		assertThat(result.intact()).isFalse();
		assertThat(result.problem()).isEqualTo("audit.problem.rolledBack");
	}

	@Test
	void aRollbackWrittenOnPastTheAnchorIsDetectedAtTheAnchoredEntry() {
		Rollback rollback = afterRollback(true);
		assertThat(rollback.result().intact()).isFalse();
		assertThat(rollback.result().brokenSeq()).isEqualTo(rollback.anchored());
		assertThat(rollback.result().problem()).isEqualTo("audit.problem.rolledBack");
	}

	record Rollback(long anchored, ChainVerification result) {
	}

	/**
	 * Anchors the head, puts back yesterday's backup (the chain as it was two entries before the anchor,
	 * consistent in itself), optionally lets the application write on past the anchor, and checks the chain.
	 */
	private Rollback afterRollback(boolean writtenOn) {
		long anchored = appendThree();
		assertThat(verifier.verifyAndAnchor().intact()).isTrue();
		List<Map<String, Object>> original = rowsFrom(anchored - 1);
		Map<String, Object> head = head();
		try {
			rollBackTo(anchored - 2);
			if (writtenOn) {
				appendThree();
			}
			return new Rollback(anchored, verifier.verify());
		}
		finally {
			rollBackTo(anchored - 2);
			restore(original, head);
			assertThat(verifier.verify().intact()).isTrue();
		}
	}

	private long appendThree() {
		trail.append("uji", "TEST_ONE", "Test", "1", Map.of("n", 1));
		trail.append("uji", "ROLES_CHANGED", "StaffAccount", "7", Map.of("after", List.of("SYSTEM_ADMIN")));
		trail.append("uji", "TEST_THREE", "Test", "3", Map.of("n", 3));
		return ((Number) head().get("last_seq")).longValue();
	}

	private Map<String, Object> head() {
		return jdbc.queryForMap("SELECT last_seq, last_hash, last_algorithm FROM audit_head WHERE id = 1");
	}

	private List<Map<String, Object>> rowsFrom(long seq) {
		return jdbc.queryForList("SELECT * FROM audit_entry WHERE seq >= ? ORDER BY seq", seq);
	}

	/** What a forger without the key can do: plain SHA-256 over the changed entry and every entry after it. */
	private void rewriteAsPlainChain(long fromSeq, String actor) {
		String prev = jdbc.queryForObject("SELECT prev_hash FROM audit_entry WHERE seq = ?", String.class, fromSeq);
		List<AuditEntry> entries = jdbc.query("SELECT * FROM audit_entry WHERE seq >= ? ORDER BY seq", AuditEntry.ROW,
				fromSeq);
		for (AuditEntry entry : entries) {
			String newActor = entry.seq() == fromSeq ? actor : entry.actor();
			AuditEntry forged = new AuditEntry(entry.seq(), entry.occurredAt(), newActor, entry.action(),
					entry.objectType(), entry.objectId(), entry.details(), prev, "", AuditHashing.PLAIN);
			String hash = AuditHashing.plain(forged);
			jdbc.update("UPDATE audit_entry SET actor = ?, prev_hash = ?, hash = ?, algorithm = ? WHERE seq = ?",
					newActor, prev, hash, AuditHashing.PLAIN, entry.seq());
			prev = hash;
		}
		jdbc.update("UPDATE audit_head SET last_hash = ?, last_algorithm = ? WHERE id = 1", prev, AuditHashing.PLAIN);
	}

	/** The table and its head as they were when entry {@code seq} was the last. */
	private void rollBackTo(long seq) {
		jdbc.update("DELETE FROM audit_entry WHERE seq > ?", seq);
		jdbc.update("UPDATE audit_head SET last_seq = ?, last_hash = ?, last_algorithm = ? WHERE id = 1", seq,
				jdbc.queryForObject("SELECT hash FROM audit_entry WHERE seq = ?", String.class, seq),
				AuditHashing.KEYED);
	}

	private void restore(List<Map<String, Object>> rows, Map<String, Object> head) {
		long first = ((Number) rows.get(0).get("seq")).longValue();
		jdbc.update("DELETE FROM audit_entry WHERE seq >= ?", first);
		for (Map<String, Object> row : rows) {
			jdbc.update("""
					INSERT INTO audit_entry (seq, occurred_at, actor, action, object_type, object_id, details, prev_hash, hash, algorithm)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", row.get("seq"), row.get("occurred_at"), row.get("actor"),
					row.get("action"), row.get("object_type"), row.get("object_id"), row.get("details"),
					row.get("prev_hash"), row.get("hash"), row.get("algorithm"));
		}
		jdbc.update("UPDATE audit_head SET last_seq = ?, last_hash = ?, last_algorithm = ? WHERE id = 1",
				head.get("last_seq"), head.get("last_hash"), head.get("last_algorithm"));
	}
}
