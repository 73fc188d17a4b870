package id.warta.newsroom.internal;

import java.util.List;

import id.warta.media.MediaUsage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Stories whose latest revision shows a media item as its picture, in its gallery or among its documents. */
@Component
class StoryMediaUsage implements MediaUsage {

	private final JdbcTemplate jdbc;

	StoryMediaUsage(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Use> usesOf(long mediaId) {
		String key = Long.toString(mediaId);
		return jdbc.query("""
				SELECT s.id, r.title, s.state FROM story s JOIN story_revision r ON r.story_id = s.id
				WHERE r.number = (SELECT MAX(number) FROM story_revision WHERE story_id = s.id)
				  AND (r.featured_media_id = ?
				    OR CONCAT(',', r.gallery_media_ids, ',') LIKE CONCAT('%,', ?, ',%')
				    OR CONCAT(',', r.document_media_ids, ',') LIKE CONCAT('%,', ?, ',%'))
				ORDER BY s.id""",
				(rs, row) -> new Use("media.usage.story", rs.getString(2), "/redaksi/berita/" + rs.getLong(1)),
				mediaId, key, key);
	}
}
