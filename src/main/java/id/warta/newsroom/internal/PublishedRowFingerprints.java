package id.warta.newsroom.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;

import id.warta.newsroom.PublishedFingerprints;
import id.warta.newsroom.StoryType;
import id.warta.organization.Agencies;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;

/**
 * Fingerprints every stored column of a published story in one plain query: each column of the story and of its
 * published revision ({@code *}, so that a column added later is covered too), the revision's channel texts and
 * its reviews. Far cheaper than loading the aggregate and hashing its content, which is what a seal check does.
 */
@Component
class PublishedRowFingerprints implements PublishedFingerprints {

	private static final String QUERY = """
			SELECT s.*, r.*, t.channel AS text_channel, t.text AS text_value, v.id AS review_id,
			  v.decision AS review_decision, v.content_hash AS review_hash
			FROM story s
			JOIN story_revision r ON r.story_id = s.id AND r.number = s.published_revision
			LEFT JOIN story_revision_text t ON t.revision_id = r.id
			LEFT JOIN review v ON v.story_id = s.id AND v.revision_number = r.number
			WHERE s.agency_id = ? AND s.type = ? AND r.slug = ?
			ORDER BY s.id, t.channel, v.id""";

	private final JdbcTemplate jdbc;
	private final Agencies agencies;

	PublishedRowFingerprints(JdbcTemplate jdbc, Agencies agencies) {
		this.jdbc = jdbc;
		this.agencies = agencies;
	}

	@Override
	public Optional<String> of(StoryType type, String slug) {
		return Optional.ofNullable(jdbc.query(QUERY, (ResultSetExtractor<String>) PublishedRowFingerprints::digest,
				agencies.current().id(), type.name(), slug));
	}

	private static String digest(ResultSet rows) throws SQLException {
		MessageDigest digest = sha256();
		int columns = rows.getMetaData().getColumnCount();
		boolean any = false;
		while (rows.next()) {
			any = true;
			for (int column = 1; column <= columns; column++) {
				String value = rows.getString(column);
				// Length-prefixed, and null apart from empty, so that no two different rows give the same bytes.
				byte[] bytes = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
				digest.update((value == null ? "n" : bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
				digest.update(bytes);
			}
			digest.update((byte) '\n');
		}
		return any ? HexFormat.of().formatHex(digest.digest()) : null;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
		}
	}
}
