package id.warta.audit.internal;

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
				AuditEntry.ROW, size, (long) page * size);
	}

	public long count() {
		Long count = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class);
		return count == null ? 0 : count;
	}
}
