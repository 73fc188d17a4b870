package id.warta.site.search;

import java.util.Set;

import id.warta.newsroom.StoryType;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search form as a reader sent it. Anyone can type an address, so values that mean nothing (an unknown type
 * or division, a year or page that is no number) are left out rather than refused.
 *
 * @param text what to search for, as typed
 * @param type the type to show only, or null
 * @param division a division's slug to show only, or null
 * @param year a publication year to show only, or null
 * @param page the page asked for, from 1
 */
record SearchForm(String text, StoryType type, String division, Integer year, int page) {

	static final String PATH = "/cari";

	static SearchForm of(String q, String jenis, String bidang, String tahun, String halaman,
			Set<String> divisions) {
		StoryType type = StoryType.ofPathSegment(jenis).orElse(null);
		Integer year = number(tahun);
		Integer page = number(halaman);
		return new SearchForm(q == null ? "" : q.strip(), type, divisions.contains(bidang) ? bidang : null,
				year != null && year >= 1900 && year <= 9999 ? year : null, page == null || page < 1 ? 1 : page);
	}

	SearchQuery query() {
		return new SearchQuery(text, type, division, year);
	}

	/** The type's path segment, as the form sends it. */
	public String jenis() {
		return type == null ? null : type.pathSegment();
	}

	/** The address of another page of the same search. */
	public String pageLink(int number) {
		return UriComponentsBuilder.fromPath(PATH)
			.queryParam("q", text)
			.queryParamIfPresent("jenis", java.util.Optional.ofNullable(jenis()))
			.queryParamIfPresent("bidang", java.util.Optional.ofNullable(division))
			.queryParamIfPresent("tahun", java.util.Optional.ofNullable(year))
			.queryParam("halaman", number)
			.encode()
			.build()
			.toUriString();
	}

	private static Integer number(String text) {
		if (text == null || text.isBlank() || text.strip().length() > 6) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
