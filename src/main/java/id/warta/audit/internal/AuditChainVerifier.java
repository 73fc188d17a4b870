package id.warta.audit.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import id.warta.audit.AuditChainAnchored;
import id.warta.audit.AuditChainBroken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole chain in sequence order against the anchors kept outside the database (see {@link ChainWalk}),
 * keeps each outcome, raises the alarm for a broken chain and anchors the head of an intact one.
 */
@Service
public class AuditChainVerifier {

	private static final Logger log = LoggerFactory.getLogger(AuditChainVerifier.class);
	private static final int PAGE = 1000;

	private final JdbcTemplate jdbc;
	private final AuditHashing hashing;
	private final ChainAnchors anchors;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AuditChainVerifier(JdbcTemplate jdbc, AuditHashing hashing, ChainAnchors anchors,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.hashing = hashing;
		this.anchors = anchors;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Verifies the chain and keeps the outcome, so that every node and the back office can show it. A broken
	 * chain is announced to the system administrators and screeners (once per break, however often it is checked).
	 */
	@Transactional
	public ChainVerification verifyAndRecord() {
		ChainVerification result = verify();
		jdbc.update("INSERT INTO audit_check (checked_at, entries, intact, broken_seq, problem) VALUES (?, ?, ?, ?, ?)",
				OffsetDateTime.ofInstant(result.checkedAt(), ZoneOffset.UTC), result.entries(), result.intact(),
				result.brokenSeq(), result.problem());
		if (!result.intact()) {
			log.error("Audit chain broken at entry {}: {}", result.brokenSeq(), result.problem());
			events.publishEvent(new AuditChainBroken(result.brokenSeq(), result.problem(), result.checkedAt()));
		}
		return result;
	}

	/**
	 * Verifies the chain and, when it is intact, anchors its head: in the log, in the shared storage and by
	 * e-mail to the system administrators. A broken chain is never anchored.
	 */
	@Transactional
	public ChainVerification verifyAndAnchor() {
		ChainVerification result = verifyAndRecord();
		if (result.intact() && result.entries() > 0) {
			ChainAnchor anchor = new ChainAnchor(result.entries(), result.headHash(), result.checkedAt());
			anchors.record(anchor);
			events.publishEvent(new AuditChainAnchored(anchor.seq(), anchor.hash(), anchor.anchoredAt()));
		}
		return result;
	}

	public ChainVerification verify() {
		var head = jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
		long headSeq = ((Number) head.get("last_seq")).longValue();
		ChainWalk walk = new ChainWalk(hashing, clock.instant(), anchors.recorded());
		List<AuditEntry> page;
		boolean going = true;
		do {
			// Up to the head as it was read: entries appended during the walk are for the next check.
			page = jdbc.query("SELECT * FROM audit_entry WHERE seq >= ? AND seq <= ? ORDER BY seq LIMIT " + PAGE,
					AuditEntry.ROW, walk.nextSeq(), headSeq);
			for (int i = 0; going && i < page.size(); i++) {
				going = walk.accept(page.get(i));
			}
		}
		while (going && page.size() == PAGE);
		return walk.end(headSeq, head.get("last_hash"));
	}

	/** The most recent stored outcome, if the chain was ever checked. */
	public Optional<ChainVerification> lastCheck() {
		return jdbc.query("SELECT * FROM audit_check ORDER BY id DESC LIMIT 1",
				(rs, row) -> new ChainVerification(rs.getObject("checked_at", OffsetDateTime.class).toInstant(),
						rs.getLong("entries"), rs.getBoolean("intact"), (Long) rs.getObject("broken_seq", Long.class),
						rs.getString("problem"), null))
			.stream()
			.findFirst();
	}

	/** The newest head anchored outside the database, if any; the page still shows when the storage is away. */
	public Optional<ChainAnchor> lastAnchor() {
		try {
			return anchors.last();
		}
		catch (java.io.UncheckedIOException unreachable) {
			log.warn("Cannot read the audit chain's anchors: {}", unreachable.getMessage());
			return Optional.empty();
		}
	}
}
