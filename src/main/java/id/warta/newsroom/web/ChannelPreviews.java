package id.warta.newsroom.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.warta.media.MediaKind;
import id.warta.media.MediaLibrary;
import id.warta.media.StoredMedia;
import id.warta.newsroom.Channel;
import id.warta.newsroom.ChannelRules;
import id.warta.newsroom.internal.StoryContent;
import id.warta.organization.Agencies;
import org.springframework.stereotype.Component;

/**
 * How each chosen channel will show the story, and what its rules say, while the story is being edited: the same
 * rules the dispatcher checks again before anything is sent.
 */
@Component
class ChannelPreviews {

	private final MediaLibrary media;
	private final Agencies agencies;

	ChannelPreviews(MediaLibrary media, Agencies agencies) {
		this.media = media;
		this.agencies = agencies;
	}

	/** One channel's post as it would go: its text, the story's link, how many pictures and videos, any problems. */
	public record Preview(Channel channel, String account, String text, String link, int pictures, int videos,
			Long firstPicture, List<String> problems, boolean chosen) {

		public boolean linkShown() {
			return channel != Channel.INSTAGRAM && channel != Channel.TIKTOK && channel != Channel.YOUTUBE;
		}

		public String css() {
			return "preview-" + channel.name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	List<Preview> of(StoryContent content, String publicPath) {
		Set<Long> ids = new LinkedHashSet<>();
		if (content.featuredMediaId() != null) {
			ids.add(content.featuredMediaId());
		}
		ids.addAll(content.galleryMediaIds());
		Map<Long, StoredMedia> items = media.findAll(List.copyOf(ids))
			.stream()
			.collect(Collectors.toMap(StoredMedia::id, Function.identity()));
		int pictures = 0;
		int videos = 0;
		Long first = null;
		for (long id : ids) {
			StoredMedia item = items.get(id);
			if (item != null && item.kind() == MediaKind.IMAGE) {
				pictures++;
				first = first == null ? id : first;
			}
			else if (item != null && item.kind() == MediaKind.VIDEO) {
				videos++;
			}
		}
		String account = agencies.current().shortName();
		List<Preview> previews = new ArrayList<>();
		for (Channel channel : Channel.values()) {
			if (channel == Channel.WEBSITE) {
				continue;
			}
			String written = content.channelTexts().get(channel);
			String text = written == null || written.isBlank() ? content.title() : written;
			previews.add(new Preview(channel, account, text, publicPath, pictures, videos, first,
					ChannelRules.check(channel, text, pictures, videos), content.channels().contains(channel)));
		}
		return previews;
	}
}
