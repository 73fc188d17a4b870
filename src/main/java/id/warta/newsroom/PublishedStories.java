package id.warta.newsroom;

import java.util.List;
import java.util.Optional;

/** What the public website may show: published revisions only, each checked against its seal. */
public interface PublishedStories {

	Optional<PublicStory> find(StoryType type, String slug);

	/** Whether a story was public at this address and has been withdrawn (the site answers 410 Gone). */
	boolean withdrawn(StoryType type, String slug);

	/** The newest published stories of a type that pass their seal check. */
	List<PublicStory> latest(StoryType type, int limit);

	/**
	 * Every published story of every type whose seal holds, newest first: for search indexes, feeds and the
	 * sitemap. Tampered ones are left out (and reported).
	 */
	List<PublicStory> allPublished();

	/** Whether a media file belongs to a published, intact story and may be served to anyone. */
	boolean isPublic(long mediaId);
}
