package id.warta.newsroom;

import java.util.List;
import java.util.Optional;
import java.util.Set;

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

	/**
	 * One page of published stories, newest first. Tampered ones on the page are left out (and reported), so a
	 * page can hold fewer than its size.
	 */
	PublicPage list(PublicListing listing);

	/** The years in which stories of these types were published, newest first: for a year filter. */
	List<Integer> years(Set<StoryType> types);

	/**
	 * Where a published story now lives when this address was one of its earlier, approved slugs: the public
	 * site answers 301 there. Empty when the address was never approved for a story that is public now.
	 */
	Optional<String> movedTo(StoryType type, String slug);

	/** The approved channel texts and media of a published story, checked against its seal. */
	Optional<ChannelCopy> channelCopy(long storyId);

	/** Whether a media file belongs to a published, intact story and may be served to anyone. */
	boolean isPublic(long mediaId);
}
