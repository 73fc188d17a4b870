package id.warta.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

import id.warta.audit.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to the chain under a row lock on its head, so that entries from several nodes still form one chain.
 * Plain JDBC on purpose: entries are inserted and read, never loaded as entities that could be updated.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

	/** The first keyed entry: from here on every entry is keyed. */
	static final String CHAIN_KEYED = "AUDIT_CHAIN_KEYED";

	private final JdbcTemplate jdbc;
	private final JsonMapper json;
	private final AuditHashing hashing;
	private final Clock clock;

	JdbcAuditTrail(JdbcTemplate jdbc, JsonMapper json, AuditHashing hashing, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.hashing = hashing;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void append(String actor, String action, String objectType, String objectId, Map<String, ?> details) {
		var head = jdbc.queryForMap(
				"SELECT last_seq, last_hash, last_algorithm FROM audit_head WHERE id = 1 FOR UPDATE");
		long seq = ((Number) head.get("last_seq")).longValue();
		String prevHash = (String) head.get("last_hash");
		if (!AuditHashing.KEYED.equals(head.get("last_algorithm"))) {
			prevHash = insert(++seq, SYSTEM, CHAIN_KEYED, "AuditTrail", "chain",
					Map.of("algorithm", AuditHashing.KEYED, "since", seq), prevHash);
		}
		String hash = insert(++seq, actor == null || actor.isBlank() ? SYSTEM : actor, action, objectType, objectId,
				details, prevHash);
		jdbc.update("UPDATE audit_head SET last_seq = ?, last_hash = ?, last_algorithm = ? WHERE id = 1", seq, hash,
				AuditHashing.KEYED);
	}

	private String insert(long seq, String actor, String action, String objectType, String objectId,
			Map<String, ?> details, String prevHash) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		String detailsJson = json.writeValueAsString(new TreeMap<>(details));
		String safeActor = truncate(actor, 100);
		String hash = hashing.keyed(seq, now, safeActor, action, objectType, objectId, detailsJson, prevHash);
		jdbc.update("""
				INSERT INTO audit_entry (seq, occurred_at, actor, action, object_type, object_id, details, prev_hash, hash, algorithm)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", seq, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), safeActor,
				action, objectType, objectId, detailsJson, prevHash, hash, AuditHashing.KEYED);
		return hash;
	}

	private static String truncate(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}
}
