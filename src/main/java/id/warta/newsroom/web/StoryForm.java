package id.warta.newsroom.web;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.warta.newsroom.Channel;
import id.warta.newsroom.StoryType;
import id.warta.newsroom.internal.Story;
import id.warta.newsroom.internal.StoryContent;

/** The story editor's form: what the admin types, kept as typed when a save is refused. */
record StoryForm(StoryType type, Long divisionId, String title, String slug, String lead, String body, String tags,
		Long featuredMediaId, String featuredAlt, Map<String, String> texts, Set<Channel> channels, long version) {

	static StoryForm of(Story story) {
		StoryContent content = story.current().content();
		return new StoryForm(story.getType(), story.getDivisionId(), content.title(), content.slug(), content.lead(),
				content.body(), String.join(", ", content.tags()), content.featuredMediaId(), content.featuredAlt(),
				byName(content.channelTexts()), content.channels(), story.getVersion());
	}

	StoryContent content(Story story) {
		StoryContent current = story.current().content();
		List<String> tagList = tags == null ? List.of() : Arrays.stream(tags.split(",")).map(String::strip).toList();
		return new StoryContent(title, slug, lead, body, tagList, featuredMediaId, featuredAlt,
				current.galleryMediaIds(), current.documentMediaIds(), byChannel(texts),
				channels == null ? EnumSet.noneOf(Channel.class) : channels);
	}

	public String text(Channel channel) {
		return texts == null ? "" : texts.getOrDefault(channel.name(), "");
	}

	private static Map<String, String> byName(Map<Channel, String> texts) {
		Map<String, String> named = new java.util.HashMap<>();
		texts.forEach((channel, text) -> named.put(channel.name(), text));
		return named;
	}

	/** Unknown channel names from a tampered form are ignored rather than failing the save. */
	private static Map<Channel, String> byChannel(Map<String, String> texts) {
		Map<Channel, String> typed = new EnumMap<>(Channel.class);
		if (texts != null) {
			for (Channel channel : Channel.values()) {
				if (texts.containsKey(channel.name())) {
					typed.put(channel, texts.get(channel.name()));
				}
			}
		}
		return typed;
	}

	public boolean chosen(Channel channel) {
		return channel == Channel.WEBSITE || (channels != null && channels.contains(channel));
	}
}
