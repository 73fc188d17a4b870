package id.warta.newsroom.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.warta.newsroom.ChannelCopy;
import id.warta.newsroom.PublicListing;
import id.warta.newsroom.PublicPage;
import id.warta.newsroom.PublicStory;
import id.warta.newsroom.PublishedStories;
import id.warta.newsroom.StoryState;
import id.warta.newsroom.StoryType;
import id.warta.organization.Agencies;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads published revisions for the website and checks each one: its stored content must still hash to the
 * hash the screener approved, and the seal over that hash must hold. Anything else is reported and withheld.
 */
@Service
class PublishedStoryQueries implements PublishedStories {

	private final StoryRepository stories;
	private final PublishedIntegrity integrity;
	private final TamperAlarm alarm;
	private final Agencies agencies;
	private final PublicListingQueries listings;

	PublishedStoryQueries(StoryRepository stories, PublishedIntegrity integrity, TamperAlarm alarm, Agencies agencies,
			PublicListingQueries listings) {
		this.stories = stories;
		this.listings = listings;
		this.integrity = integrity;
		this.alarm = alarm;
		this.agencies = agencies;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PublicStory> find(StoryType type, String slug) {
		return stories.findByPublishedAddress(agencies.current().id(), type, slug)
			.stream()
			.filter(story -> story.getState() != StoryState.WITHDRAWN)
			.findFirst()
			.map(this::checked);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean withdrawn(StoryType type, String slug) {
		return stories.findByPublishedAddress(agencies.current().id(), type, slug)
			.stream()
			.allMatch(story -> story.getState() == StoryState.WITHDRAWN)
				&& !stories.findByPublishedAddress(agencies.current().id(), type, slug).isEmpty();
	}

	@Override
	@Transactional(readOnly = true)
	public List<PublicStory> latest(StoryType type, int limit) {
		return stories.findPublished(agencies.current().id(), type, Limit.of(limit))
			.stream()
			.map(this::checked)
			.filter(PublicStory::intact)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<PublicStory> allPublished() {
		return stories.findAllPublished(agencies.current().id())
			.stream()
			.map(this::checked)
			.filter(PublicStory::intact)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public PublicPage list(PublicListing listing) {
		long agency = agencies.current().id();
		List<Long> ids = listings.ids(agency, listing);
		Map<Long, Story> loaded = stories.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Story::getId, Function.identity()));
		List<PublicStory> page = ids.stream()
			.map(loaded::get)
			.filter(Objects::nonNull)
			.map(this::checked)
			.filter(PublicStory::intact)
			.toList();
		return new PublicPage(page, listing.page(), listing.size(), listings.count(agency, listing));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Integer> years(Set<StoryType> types) {
		return listings.years(agencies.current().id(), types);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> movedTo(StoryType type, String slug) {
		return stories.findAllById(listings.approvedEarlierAt(agencies.current().id(), type, slug))
			.stream()
			.map(this::checked)
			.filter(PublicStory::intact)
			.filter(story -> !story.slug().equals(slug))
			.map(PublicStory::path)
			.findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ChannelCopy> channelCopy(long storyId) {
		return stories.findByIdAndAgencyId(storyId, agencies.current().id())
			.filter(story -> story.published().isPresent() && story.getState() != StoryState.WITHDRAWN)
			.map(story -> {
				PublicStory checked = checked(story);
				var content = story.published().orElseThrow().content();
				return new ChannelCopy(story.getId(), story.published().orElseThrow().getNumber(),
						checked.contentHash(), content.title(), content.lead(), checked.path(), content.channels(),
						content.channelTexts(), content.featuredMediaId(), content.galleryMediaIds(), checked.intact());
			});
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isPublic(long mediaId) {
		return stories.findAllById(stories.findPublishedShowing(mediaId, Long.toString(mediaId)))
			.stream()
			.map(this::checked)
			.anyMatch(PublicStory::intact);
	}

	private PublicStory checked(Story story) {
		StoryRevision revision = story.published().orElseThrow();
		String approved = PublishedIntegrity.approvedHash(story, revision);
		boolean intact = integrity.intact(story, revision, approved);
		if (!intact) {
			alarm.raise(story.getId(), revision.getNumber(), approved, revision.content().hash());
		}
		var content = revision.content();
		return new PublicStory(story.getId(), story.getType(), content.title(), content.slug(), content.lead(),
				content.body(), content.featuredMediaId(), content.featuredAlt(), content.galleryMediaIds(),
				content.documentMediaIds(), content.tags(), story.getDivisionId(), story.getPublishedAt(), approved,
				intact);
	}
}
