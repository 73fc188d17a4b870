package id.warta.publishing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import id.warta.newsroom.Channel;
import id.warta.publishing.PublicationState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads publications and their attempts, for the dispatcher, the status board and withdrawals. */
@Component
public class PublicationRows {

	private static final String COLUMNS = """
			id, story_id, revision, content_hash, channel, state, attempts, next_attempt_at, public_step_sent,
			progress, external_id, permalink, error_key, error_detail, skip_reason, published_at, updated_at""";

	private final JdbcTemplate jdbc;

	PublicationRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Publication> find(long id) {
		return jdbc.query("SELECT " + COLUMNS + " FROM publication WHERE id = ?", PublicationRows::row, id)
			.stream()
			.findFirst();
	}

	public List<Publication> ofStory(long storyId) {
		return jdbc.query("SELECT " + COLUMNS + " FROM publication WHERE story_id = ? ORDER BY channel",
				PublicationRows::row, storyId);
	}

	/** Until when the current claim holds the publication; null when no claim does. */
	Instant leaseUntil(long id) {
		return jdbc.query("SELECT lease_until FROM publication WHERE id = ?", (rs, row) -> instant(rs, 1), id)
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	public List<Attempt> attempts(long publicationId) {
		return jdbc.query("""
				SELECT number, node, started_at, finished_at, outcome, detail FROM publication_attempt
				WHERE publication_id = ? ORDER BY number DESC""",
				(rs, row) -> new Attempt(rs.getInt(1), rs.getString(2), instant(rs, 3), instant(rs, 4),
						rs.getString(5), rs.getString(6)), publicationId);
	}

	private static Publication row(ResultSet rs, int row) throws SQLException {
		return new Publication(rs.getLong("id"), rs.getLong("story_id"), rs.getInt("revision"),
				rs.getString("content_hash"), Channel.valueOf(rs.getString("channel")),
				PublicationState.valueOf(rs.getString("state")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
				rs.getBoolean("public_step_sent"), rs.getString("progress"), rs.getString("external_id"),
				rs.getString("permalink"), rs.getString("error_key"), rs.getString("error_detail"),
				rs.getString("skip_reason"), instant(rs, "published_at"), instant(rs, "updated_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
