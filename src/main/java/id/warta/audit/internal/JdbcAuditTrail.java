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

	private final JdbcTemplate jdbc;
	private final JsonMapper json;
	private final Clock clock;

	JdbcAuditTrail(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void append(String actor, String action, String objectType, String objectId, Map<String, ?> details) {
		var head = jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
		long seq = ((Number) head.get("last_seq")).longValue() + 1;
		String prevHash = (String) head.get("last_hash");
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		String detailsJson = json.writeValueAsString(new TreeMap<>(details));
		String safeActor = truncate(actor == null || actor.isBlank() ? SYSTEM : actor, 100);
		String hash = AuditHashing.hash(seq, now, safeActor, action, objectType, objectId, detailsJson, prevHash);
		jdbc.update("""
				INSERT INTO audit_entry (seq, occurred_at, actor, action, object_type, object_id, details, prev_hash, hash)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", seq, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), safeActor, action, objectType,
				objectId, detailsJson, prevHash, hash);
		jdbc.update("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, hash);
	}

	private static String truncate(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}
}
