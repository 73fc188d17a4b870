package id.warta.newsroom;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the screener approved for the social channels of a published story: each channel's own text, which
 * channels were chosen, and the media. {@code intact} is false when the revision no longer matches its seal:
 * nothing may then be posted from it.
 */
public record ChannelCopy(long storyId, int revision, String contentHash, String title, String lead, String path,
		Set<Channel> channels, Map<Channel, String> texts, Long featuredMediaId, List<Long> galleryMediaIds,
		boolean intact) {

	/** The approved text for a channel; the title when the editor wrote none. */
	public String textFor(Channel channel) {
		String text = texts.get(channel);
		return text == null || text.isBlank() ? title : text;
	}

	/** The social channels chosen: every chosen channel but the website. */
	public Set<Channel> socialChannels() {
		return channels.stream()
			.filter(channel -> channel != Channel.WEBSITE)
			.collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(Channel.class)));
	}
}
