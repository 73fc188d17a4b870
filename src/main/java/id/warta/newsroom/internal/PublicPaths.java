package id.warta.newsroom.internal;

/** Where a published story lives on the public website: {@code /berita/{slug}} and its siblings per type. */
public final class PublicPaths {

	private PublicPaths() {
	}

	public static String of(Story story) {
		StoryRevision published = story.published().orElse(story.current());
		return "/" + story.getType().pathSegment() + "/" + published.getSlug();
	}
}
