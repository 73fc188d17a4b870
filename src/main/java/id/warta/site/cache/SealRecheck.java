package id.warta.site.cache;

import id.warta.newsroom.PublicStory;
import id.warta.newsroom.PublishedStories;
import id.warta.newsroom.StoryType;
import org.springframework.stereotype.Component;

/**
 * Checks a story page's seal again before its cached copy is served. Content changed in the database behind the
 * application's back raises no event, so without this a cached page would keep answering 200 where the page
 * must be withheld (503) and the alarm raised. The check reads the story; the cache still saves the rendering.
 */
@Component
class SealRecheck {

	private final PublishedStories stories;

	SealRecheck(PublishedStories stories) {
		this.stories = stories;
	}

	/** False when the path is a story's page and that story is no longer published intact. */
	boolean stillServable(String path) {
		String[] parts = path.split("/");
		if (parts.length != 3) {
			return true;
		}
		for (StoryType type : StoryType.values()) {
			if (type.pathSegment().equals(parts[1])) {
				return stories.find(type, parts[2]).map(PublicStory::intact).orElse(false);
			}
		}
		return true;
	}
}
