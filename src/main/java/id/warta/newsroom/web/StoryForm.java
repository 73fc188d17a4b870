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
		String categories, List<Long> gallery, List<Long> documents, Long featuredMediaId, String featuredAlt, Map<String, String> texts, Set<Channel> channels, long version) {

	static StoryForm of(Story story) {
		StoryContent content = story.current().content();
		return new StoryForm(story.getType(), story.getDivisionId(), content.title(), content.slug(), content.lead(),
				content.body(), String.join(", ", content.tags()), String.join(", ", content.categories()),
				content.galleryMediaIds(), content.documentMediaIds(), content.featuredMediaId(), content.featuredAlt(),
				byName(content.channelTexts()), content.channels(), story.getVersion());
	}

	StoryContent content(Story story, List<Long> available) {
		StoryContent current = story.current().content();
		return new StoryContent(title, slug, lines(lead), lines(body), split(tags), split(categories), featuredMediaId,
				featuredAlt,
				chosen(gallery, current.galleryMediaIds(), available),
				chosen(documents, current.documentMediaIds(), available),
				byChannel(texts),
				channels == null ? EnumSet.noneOf(Channel.class) : channels);
	}

	/** Browsers send a text area's line breaks as CR LF: an unchanged text must not look like an edit. */
	private static String lines(String text) {
		return text == null ? null : text.replace("\r\n", "\n");
	}

	private static List<String> split(String labels) {
		return labels == null ? List.of() : Arrays.stream(labels.split(",")).map(String::strip).toList();
	}

	/**
	 * The media ticked on the form, limited to what the story may show (its material's files and what it already
	 * had), so that a tampered form cannot attach someone else's file.
	 */
	private static List<Long> chosen(List<Long> ticked, List<Long> current, List<Long> available) {
		if (ticked == null) {
			return List.of();
		}
		return ticked.stream().filter(id -> current.contains(id) || available.contains(id)).distinct().toList();
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
					typed.put(channel, lines(texts.get(channel.name())));
				}
			}
		}
		return typed;
	}

	public boolean chosen(Channel channel) {
		return channel == Channel.WEBSITE || (channels != null && channels.contains(channel));
	}
}
