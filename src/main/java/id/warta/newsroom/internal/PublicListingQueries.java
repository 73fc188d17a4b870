package id.warta.newsroom.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.warta.newsroom.PublicListing;
import id.warta.newsroom.StoryType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL behind public lists: which published stories a list holds, one page of their ids at a time, so that
 * only the stories on the page are loaded and seal-checked. Conditions are fixed fragments with parameters.
 */
@Component
class PublicListingQueries {

	/** Years are the agency's years: a story published on 1 January 01:00 WIB belongs to the new year. */
	static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

	private static final String PUBLISHED = """
			FROM story s JOIN story_revision r ON r.story_id = s.id AND r.number = s.published_revision
			WHERE s.agency_id = ? AND s.published_revision IS NOT NULL AND s.state <> 'WITHDRAWN'""";

	private final JdbcTemplate jdbc;

	PublicListingQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Long> ids(long agencyId, PublicListing listing) {
		Where where = where(agencyId, listing);
		where.arguments.add(listing.size());
		where.arguments.add(listing.offset());
		return jdbc.queryForList("SELECT s.id " + where.sql + " ORDER BY s.published_at DESC, s.id DESC LIMIT ? OFFSET ?",
				Long.class, where.arguments.toArray());
	}

	long count(long agencyId, PublicListing listing) {
		Where where = where(agencyId, listing);
		Long count = jdbc.queryForObject("SELECT COUNT(*) " + where.sql, Long.class, where.arguments.toArray());
		return count == null ? 0 : count;
	}

	List<Integer> years(long agencyId, Set<StoryType> types) {
		Where where = where(agencyId, new PublicListing(types, null, null, null, 1, 1));
		var range = jdbc.queryForMap("SELECT MIN(s.published_at) AS first, MAX(s.published_at) AS last " + where.sql,
				where.arguments.toArray());
		Optional<Integer> first = year(range.get("first"));
		Optional<Integer> last = year(range.get("last"));
		List<Integer> years = new ArrayList<>();
		if (first.isPresent() && last.isPresent()) {
			for (int year = last.get(); year >= first.get(); year--) {
				years.add(year);
			}
		}
		return years;
	}

	/** Stories public now that carried this slug in a revision a screener approved. */
	List<Long> approvedEarlierAt(long agencyId, StoryType type, String slug) {
		return jdbc.queryForList("""
				SELECT DISTINCT s.id FROM story s
				JOIN story_revision old ON old.story_id = s.id
				JOIN review v ON v.story_id = s.id AND v.revision_number = old.number AND v.decision = 'APPROVED'
				WHERE s.agency_id = ? AND s.type = ? AND old.slug = ? AND s.published_revision IS NOT NULL
				  AND s.state <> 'WITHDRAWN'""", Long.class, agencyId, type.name(), slug);
	}

	private static Where where(long agencyId, PublicListing listing) {
		Where where = new Where(new StringBuilder(PUBLISHED), new ArrayList<>(List.of(agencyId)));
		where.sql.append(" AND s.type IN (");
		String separator = "";
		for (StoryType type : listing.types()) {
			where.sql.append(separator).append('?');
			where.arguments.add(type.name());
			separator = ", ";
		}
		where.sql.append(')');
		if (listing.divisionId() != null) {
			where.sql.append(" AND s.division_id = ?");
			where.arguments.add(listing.divisionId());
		}
		if (listing.year() != null) {
			where.sql.append(" AND s.published_at >= ? AND s.published_at < ?");
			where.arguments.add(startOf(listing.year()));
			where.arguments.add(startOf(listing.year() + 1));
		}
		if (listing.tag() != null) {
			// Tags are stored one per line: the tag alone, first, last or in between.
			String tag = listing.tag().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
			where.sql.append(" AND (r.tags = ? OR r.tags LIKE ? ESCAPE '\\' OR r.tags LIKE ? ESCAPE '\\'"
					+ " OR r.tags LIKE ? ESCAPE '\\')");
			where.arguments.add(listing.tag());
			where.arguments.add(tag + "\n%");
			where.arguments.add("%\n" + tag);
			where.arguments.add("%\n" + tag + "\n%");
		}
		return where;
	}

	private static Timestamp startOf(int year) {
		return Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toInstant());
	}

	private static Optional<Integer> year(Object value) {
		Instant instant = value instanceof Timestamp timestamp ? timestamp.toInstant()
				: value instanceof java.time.OffsetDateTime offset ? offset.toInstant()
						: value instanceof Instant plain ? plain : null;
		return Optional.ofNullable(instant).map(at -> at.atZone(ZONE).getYear());
	}

	private record Where(StringBuilder sql, List<Object> arguments) {
	}
}
