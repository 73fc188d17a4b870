package id.warta.site.search;

import java.time.Instant;

import id.warta.newsroom.StoryType;

/**
 * What the index holds of one published story: where it is, what it may be filtered by, and its text as plain
 * text (tags stripped). {@code version} changes whenever anything indexed changes, so unchanged stories are not
 * indexed again. {@code divisionSlug} may be null.
 */
record SearchDocument(long storyId, String version, StoryType type, String slug, String divisionSlug,
		Instant publishedAt, String contentHash, String title, String lead, String body, String tags,
		String captions, String documents) {
}
