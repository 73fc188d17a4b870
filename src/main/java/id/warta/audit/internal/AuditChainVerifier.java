package id.warta.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

/**
 * Walks the whole chain in sequence order and reports the first link that does not hold: a missing entry, an
 * entry whose content no longer matches its hash, an entry that does not point at its predecessor, or a head
 * that points past the last entry (entries removed from the end).
 */
@Service
public class AuditChainVerifier {

	private static final Logger log = LoggerFactory.getLogger(AuditChainVerifier.class);
	private static final int PAGE = 1000;
	private static final RowMapper<AuditEntry> ENTRY = (rs, row) -> new AuditEntry(rs.getLong("seq"),
			rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
			rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"), rs.getString("details"),
			rs.getString("prev_hash"), rs.getString("hash"));

	private final JdbcTemplate jdbc;
	private final Clock clock;

	AuditChainVerifier(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Verifies the chain and keeps the outcome, so that every node and the back office can show it. */
	public ChainVerification verifyAndRecord() {
		ChainVerification result = verify();
		jdbc.update("INSERT INTO audit_check (checked_at, entries, intact, broken_seq, problem) VALUES (?, ?, ?, ?, ?)",
				OffsetDateTime.ofInstant(result.checkedAt(), ZoneOffset.UTC), result.entries(), result.intact(),
				result.brokenSeq(), result.problem());
		if (!result.intact()) {
			log.error("Audit chain broken at entry {}: {}", result.brokenSeq(), result.problem());
		}
		return result;
	}

	public ChainVerification verify() {
		Instant now = clock.instant();
		var head = jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
		long headSeq = ((Number) head.get("last_seq")).longValue();
		long expectedSeq = 1;
		String expectedPrev = AuditHashing.GENESIS;
		long checked = 0;
		List<AuditEntry> page;
		do {
			page = jdbc.query("SELECT * FROM audit_entry WHERE seq >= ? ORDER BY seq LIMIT " + PAGE, ENTRY,
					expectedSeq);
			for (AuditEntry entry : page) {
				if (entry.seq() != expectedSeq) {
					return ChainVerification.broken(now, checked, expectedSeq, "audit.problem.missing");
				}
				if (!entry.prevHash().equals(expectedPrev)) {
					return ChainVerification.broken(now, checked, entry.seq(), "audit.problem.link");
				}
				if (!AuditHashing.hashOf(entry).equals(entry.hash())) {
					return ChainVerification.broken(now, checked, entry.seq(), "audit.problem.altered");
				}
				checked++;
				expectedSeq++;
				expectedPrev = entry.hash();
			}
		}
		while (page.size() == PAGE);
		if (checked != headSeq || !expectedPrev.equals(head.get("last_hash"))) {
			return ChainVerification.broken(now, checked, expectedSeq, "audit.problem.truncated");
		}
		return ChainVerification.intact(now, checked);
	}

	/** The most recent stored outcome, if the chain was ever checked. */
	public java.util.Optional<ChainVerification> lastCheck() {
		return jdbc.query("SELECT * FROM audit_check ORDER BY id DESC LIMIT 1",
				(rs, row) -> new ChainVerification(rs.getObject("checked_at", OffsetDateTime.class).toInstant(),
						rs.getLong("entries"), rs.getBoolean("intact"), (Long) rs.getObject("broken_seq", Long.class),
						rs.getString("problem")))
			.stream()
			.findFirst();
	}
}
