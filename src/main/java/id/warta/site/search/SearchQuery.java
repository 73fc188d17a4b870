package id.warta.site.search;

import id.warta.newsroom.StoryType;

/**
 * What a reader asks for: words, and optionally one type, one division (by its slug) and one year. Null filters
 * are not applied.
 */
record SearchQuery(String text, StoryType type, String division, Integer year) {

	SearchQuery {
		text = text == null ? "" : text.strip();
	}

	static SearchQuery of(String text) {
		return new SearchQuery(text, null, null, null);
	}
}
