package id.warta.intake.internal;

import java.util.List;

import id.warta.media.MediaUsage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Material that carries a media item. */
@Component
class MaterialMediaUsage implements MediaUsage {

	private final JdbcTemplate jdbc;

	MaterialMediaUsage(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Use> usesOf(long mediaId) {
		return jdbc.query("""
				SELECT DISTINCT s.id, s.tracking_number, s.title FROM submission s
				JOIN submission_file f ON f.submission_id = s.id WHERE f.media_id = ? ORDER BY s.id""",
				(rs, row) -> new Use("media.usage.material",
						(rs.getString(2) == null ? "" : rs.getString(2) + " · ") + rs.getString(3),
						"/bahan/" + rs.getLong(1)),
				mediaId);
	}
}
