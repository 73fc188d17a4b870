package id.warta.newsroom;

import java.util.Optional;

/**
 * A cheap way for a cache to know that a published story is still stored exactly as it was when its seal was last
 * checked, without checking the seal again.
 */
public interface PublishedFingerprints {

	/**
	 * A value that changes whenever anything stored about the story published at this address changes: the story,
	 * its published revision, that revision's channel texts and its reviews. Empty when no story has this address.
	 * Equal to an earlier value taken when {@link PublishedStories#find} said intact means: still intact.
	 */
	Optional<String> of(StoryType type, String slug);
}
