package id.warta.site.feed;

import java.util.List;

import id.warta.media.Rendition;
import id.warta.newsroom.PublicStory;

/**
 * A published story as feeds and the sitemap show it: its absolute address and, when it has one, the rendition
 * of its featured picture (never the original, which may carry where it was taken).
 */
record FeedEntry(PublicStory story, String url, Rendition picture, String pictureUrl) {

	static List<String> tags(PublicStory story) {
		return story.tags() == null ? List.of() : story.tags();
	}

	boolean hasPicture() {
		return picture != null;
	}
}
