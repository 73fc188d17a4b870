package id.warta.audit.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Reads the trail for the back office, newest first. */
@Service
public class AuditLog {

	private final JdbcTemplate jdbc;

	AuditLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<AuditEntry> newest(int page, int size) {
		return jdbc.query("SELECT * FROM audit_entry ORDER BY seq DESC LIMIT ? OFFSET ?",
				(rs, row) -> new AuditEntry(rs.getLong("seq"),
						rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
						rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
						rs.getString("details"), rs.getString("prev_hash"), rs.getString("hash")),
				size, (long) page * size);
	}

	public long count() {
		Long count = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class);
		return count == null ? 0 : count;
	}
}
