package id.warta.publishing.internal;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.warta.channels.ChannelAccounts;
import id.warta.channels.ChannelConnector;
import id.warta.channels.ChannelCredentials;
import id.warta.channels.Posted;
import id.warta.newsroom.Channel;
import id.warta.newsroom.PublishedStories;
import id.warta.newsroom.StoryPublished;
import id.warta.newsroom.StoryWithdrawn;
import id.warta.organization.Agencies;
import id.warta.publishing.PublicationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reacts to the website's step 4: a published story gets one publication per chosen social channel (once, even
 * when the event is delivered again); a withdrawn story's posts are removed where the platform allows, and
 * listed for removal by hand elsewhere.
 */
@Component
class PublicationPlanner {

	private static final Logger log = LoggerFactory.getLogger(PublicationPlanner.class);

	private final PublishedStories stories;
	private final PublicationQueue queue;
	private final Agencies agencies;
	private final ChannelAccounts accounts;
	private final Map<Channel, ChannelConnector> connectors;
	private final DispatchKick kick;
	private final PublicationRows rows;

	PublicationPlanner(PublishedStories stories, PublicationQueue queue, Agencies agencies, ChannelAccounts accounts,
			java.util.List<ChannelConnector> connectors, DispatchKick kick, PublicationRows rows) {
		this.kick = kick;
		this.rows = rows;
		this.stories = stories;
		this.queue = queue;
		this.agencies = agencies;
		this.accounts = accounts;
		this.connectors = connectors.stream().collect(Collectors.toMap(ChannelConnector::channel, Function.identity()));
	}

	@ApplicationModuleListener
	void storyPublished(StoryPublished event) {
		stories.channelCopy(event.storyId()).ifPresent(copy -> {
			for (Channel channel : copy.socialChannels()) {
				queue.queue(agencies.current().id(), copy.storyId(), copy.revision(), copy.contentHash(), channel,
						PublicationState.QUEUED, null);
			}
			if (!copy.socialChannels().isEmpty()) {
				kick.afterCommit();
			}
		});
	}

	@ApplicationModuleListener
	void storyWithdrawn(StoryWithdrawn event) {
		queue.cancelUnsent(event.storyId());
		for (Publication publication : rows.ofStory(event.storyId())) {
			if (publication.state() != PublicationState.PUBLISHED) {
				continue;
			}
			ChannelConnector connector = connectors.get(publication.channel());
			if (connector == null || !connector.canWithdraw()) {
				queue.withdrawn(publication.id(), PublicationState.REMOVE_BY_HAND, publication.permalink());
				continue;
			}
			try {
				ChannelCredentials credentials = accounts.credentials(publication.channel()).orElseThrow(
						() -> new IllegalStateException("not connected"));
				connector.withdraw(new Posted(publication.externalId(), publication.permalink()), credentials);
				queue.withdrawn(publication.id(), PublicationState.WITHDRAWN, null);
			}
			catch (RuntimeException refused) {
				log.warn("Removing publication {} failed: {}", publication.id(), refused.getMessage());
				queue.withdrawn(publication.id(), PublicationState.REMOVE_BY_HAND, refused.getMessage());
			}
		}
	}
}
