package id.warta.site.feed;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import id.warta.media.MediaLibrary;
import id.warta.media.Rendition;
import id.warta.newsroom.PublicStory;
import id.warta.newsroom.PublishedStories;
import id.warta.newsroom.StoryType;
import id.warta.organization.DivisionSummary;
import id.warta.organization.Divisions;
import org.springframework.stereotype.Component;

/**
 * Published stories for feeds and the sitemap. Everything comes from {@link PublishedStories#allPublished()}, so
 * nothing unpublished, withdrawn or tampered can slip in here.
 */
@Component
class PublishedListing {

	/** Profile pages are standing pages, not news: they belong in the sitemap but not in a feed. */
	static final Predicate<PublicStory> NEWSWORTHY = story -> story.type() != StoryType.PAGE;

	private final PublishedStories stories;
	private final MediaLibrary media;
	private final Divisions divisions;
	private final SiteAddress address;

	PublishedListing(PublishedStories stories, MediaLibrary media, Divisions divisions, SiteAddress address) {
		this.stories = stories;
		this.media = media;
		this.divisions = divisions;
		this.address = address;
	}

	/** The newest published stories that pass the filter, newest first. */
	List<FeedEntry> latest(Predicate<PublicStory> filter, int limit) {
		return entries(stories.allPublished().stream().filter(filter).limit(limit).toList());
	}

	List<FeedEntry> all() {
		return entries(stories.allPublished());
	}

	Optional<DivisionSummary> division(String slug) {
		return divisions.all().stream().filter(division -> division.slug().equals(slug)).findFirst();
	}

	List<DivisionSummary> activeDivisions() {
		return divisions.all().stream().filter(DivisionSummary::active).toList();
	}

	private List<FeedEntry> entries(List<PublicStory> published) {
		List<Long> pictureIds = published.stream().map(PublicStory::featuredMediaId).filter(Objects::nonNull).toList();
		Map<Long, List<Rendition>> renditions = pictureIds.isEmpty() ? Map.of() : media.renditions(pictureIds);
		return published.stream().map(story -> {
			Rendition picture = story.featuredMediaId() == null ? null
					: FeaturedPicture.choose(renditions.getOrDefault(story.featuredMediaId(), List.of())).orElse(null);
			return new FeedEntry(story, address.absolute(story.path()), picture,
					picture == null ? null : address.absolute(picture.publicPath()));
		}).toList();
	}
}
