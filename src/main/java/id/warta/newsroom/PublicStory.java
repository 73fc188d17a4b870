package id.warta.newsroom;

import java.time.Instant;
import java.util.List;

/**
 * A published revision as the website shows it. {@code intact} is false when its content no longer matches the
 * approved hash or its seal: the website must then withhold it.
 */
public record PublicStory(long id, StoryType type, String title, String slug, String lead, String bodyHtml,
		Long featuredMediaId, String featuredAlt, List<Long> galleryMediaIds, List<Long> documentMediaIds,
		List<String> tags, Long divisionId, Instant publishedAt, String contentHash, boolean intact) {

	public String path() {
		return "/" + type.pathSegment() + "/" + slug;
	}
}
