package id.warta.site.feed;

import java.time.Instant;
import java.util.List;

/** What a feed says about itself, and its entries, newest first. */
record FeedChannel(String title, String description, String siteUrl, String selfUrl, String language,
		String author, List<FeedEntry> entries) {

	/** When the newest entry went public; the epoch while there is none, so that the date only moves with content. */
	Instant updated() {
		return entries.isEmpty() ? Instant.EPOCH : entries.get(0).story().publishedAt();
	}
}
