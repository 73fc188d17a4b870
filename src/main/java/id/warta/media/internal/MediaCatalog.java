package id.warta.media.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.warta.media.MediaKind;
import id.warta.media.MediaUsage;
import id.warta.organization.Agencies;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The media library: finding items, describing them, their focal point, and where they are used. */
@Service
public class MediaCatalog {

	static final int PAGE_SIZE = 24;
	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private final MediaAssetRepository assets;
	private final List<MediaUsage> usages;
	private final Agencies agencies;
	private final JdbcTemplate jdbc;

	MediaCatalog(MediaAssetRepository assets, List<MediaUsage> usages, Agencies agencies, JdbcTemplate jdbc) {
		this.assets = assets;
		this.usages = usages;
		this.agencies = agencies;
		this.jdbc = jdbc;
	}

	/** What the library is filtered by; every part may be empty. Dates are Jakarta calendar days, inclusive. */
	public record Filter(Long divisionId, MediaKind kind, LocalDate from, LocalDate to, Long uploaderId) {
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CONTENT_ADMIN', 'SCREENER', 'SYSTEM_ADMIN')")
	public Page<MediaItem> search(Filter filter, int page) {
		long agencyId = agencies.current().id();
		Specification<MediaAsset> spec = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("agencyId"), agencyId));
			if (filter.divisionId() != null) {
				where.add(cb.equal(root.get("divisionId"), filter.divisionId()));
			}
			if (filter.kind() != null) {
				where.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (filter.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("createdAt"), startOf(filter.from())));
			}
			if (filter.to() != null) {
				where.add(cb.lessThan(root.get("createdAt"), startOf(filter.to().plusDays(1))));
			}
			if (filter.uploaderId() != null) {
				where.add(cb.equal(root.get("uploadedBy"), filter.uploaderId()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		return assets.findAll(spec, PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "id")))
			.map(MediaItem::of);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CONTENT_ADMIN', 'SCREENER', 'SYSTEM_ADMIN')")
	public MediaItem item(long id) {
		return MediaItem.of(owned(id));
	}

	/** Everyone who has uploaded something, for the sender filter. */
	@Transactional(readOnly = true)
	public List<Long> uploaders() {
		return jdbc.queryForList("SELECT DISTINCT uploaded_by FROM media_asset WHERE agency_id = ? ORDER BY 1",
				Long.class, agencies.current().id());
	}

	/** Other items with exactly the same bytes. */
	@Transactional(readOnly = true)
	public List<Long> sameBytes(long id) {
		MediaAsset asset = owned(id);
		return jdbc.queryForList("SELECT id FROM media_asset WHERE agency_id = ? AND sha256 = ? AND id <> ? ORDER BY id",
				Long.class, asset.agencyId(), asset.sha256(), id);
	}

	public List<MediaUsage.Use> usesOf(long id) {
		List<MediaUsage.Use> uses = new ArrayList<>();
		usages.forEach(usage -> uses.addAll(usage.usesOf(id)));
		return uses;
	}

	@Transactional
	@PreAuthorize("hasRole('CONTENT_ADMIN')")
	public void describe(long id, String caption, String altText, String credit) {
		owned(id).describe(limit(caption, 500), limit(altText, 300), limit(credit, 200));
	}

	@Transactional
	@PreAuthorize("hasRole('CONTENT_ADMIN')")
	public void focusOn(long id, double x, double y) {
		MediaAsset asset = owned(id);
		if (asset.kind() != MediaKind.IMAGE) {
			throw new IllegalArgumentException("only pictures have a focal point");
		}
		asset.focusOn(Math.min(1, Math.max(0, x)), Math.min(1, Math.max(0, y)));
	}

	@Transactional
	@PreAuthorize("hasRole('CONTENT_ADMIN')")
	public void reprocess(long id) {
		owned(id).reprocess();
	}

	/** How many originals are in each processing state, for the system page. */
	@Transactional(readOnly = true)
	public Map<ProcessingStatus, Long> queue() {
		Map<ProcessingStatus, Long> counts = new java.util.EnumMap<>(ProcessingStatus.class);
		jdbc.query("SELECT processing_status, COUNT(*) FROM media_asset GROUP BY processing_status",
				rs -> {
					counts.put(ProcessingStatus.valueOf(rs.getString(1)), rs.getLong(2));
				});
		return counts;
	}

	private MediaAsset owned(long id) {
		return assets.findById(id)
			.filter(asset -> asset.agencyId() == agencies.current().id())
			.orElseThrow(() -> new MediaNotFound(id));
	}

	private static Instant startOf(LocalDate day) {
		return day.atStartOfDay(JAKARTA).toInstant();
	}

	private static String limit(String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		return stripped.length() <= max ? stripped : stripped.substring(0, max);
	}
}
