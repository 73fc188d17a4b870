package id.warta.newsroom.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import id.warta.newsroom.Channel;
import id.warta.newsroom.StoryRuleViolation;

/**
 * Everything a screener approves: the text, the media and the per-channel texts. Its hash identifies exactly
 * what was approved, so that anything published can be checked against it.
 */
public record StoryContent(String title, String slug, String lead, String body, List<String> tags,
		List<String> categories, Long featuredMediaId, String featuredAlt, List<Long> galleryMediaIds,
		List<Long> documentMediaIds, Map<Channel, String> channelTexts, Set<Channel> channels) {

	static final int MAX_TITLE = 200;
	static final int MAX_SLUG = 120;
	private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

	public StoryContent {
		title = title == null ? "" : title.strip();
		slug = slug == null ? "" : slug.strip();
		lead = lead == null ? "" : lead.strip();
		body = body == null ? "" : body;
		tags = labels(tags);
		categories = labels(categories);
		featuredAlt = featuredAlt == null ? "" : featuredAlt.strip();
		galleryMediaIds = galleryMediaIds == null ? List.of() : List.copyOf(galleryMediaIds);
		documentMediaIds = documentMediaIds == null ? List.of() : List.copyOf(documentMediaIds);
		Map<Channel, String> texts = new EnumMap<>(Channel.class);
		if (channelTexts != null) {
			channelTexts.forEach((channel, text) -> {
				if (text != null && !text.isBlank()) {
					texts.put(channel, text.strip());
				}
			});
		}
		channelTexts = Map.copyOf(texts);
		Set<Channel> chosen = EnumSet.of(Channel.WEBSITE);
		if (channels != null) {
			chosen.addAll(channels);
		}
		channels = Set.copyOf(chosen);
	}

	/** Content without categories. */
	public StoryContent(String title, String slug, String lead, String body, List<String> tags, Long featuredMediaId,
			String featuredAlt, List<Long> galleryMediaIds, List<Long> documentMediaIds,
			Map<Channel, String> channelTexts, Set<Channel> channels) {
		this(title, slug, lead, body, tags, List.of(), featuredMediaId, featuredAlt, galleryMediaIds,
				documentMediaIds, channelTexts, channels);
	}

	/** Tags and categories: trimmed, without blanks or repeats, in alphabetical order, so order never changes a hash. */
	private static List<String> labels(List<String> labels) {
		return labels == null ? List.of()
				: List.copyOf(new TreeSet<>(labels.stream().map(String::strip).filter(t -> !t.isEmpty()).toList()));
	}

	/** Refuses content that may not go to a screener: the message key names the first problem. */
	public void requireComplete() {
		if (title.isEmpty()) {
			throw new StoryRuleViolation("story.title.required");
		}
		if (title.length() > MAX_TITLE) {
			throw new StoryRuleViolation("story.title.tooLong");
		}
		if (!SLUG.matcher(slug).matches()) {
			throw new StoryRuleViolation("story.slug.invalid");
		}
		if (featuredMediaId != null && featuredAlt.isEmpty()) {
			throw new StoryRuleViolation("story.featuredAlt.required");
		}
		for (Channel channel : channels) {
			if (!channel.fits(channelTexts.get(channel))) {
				throw new StoryRuleViolation("story.channelText.tooLong." + channel.name());
			}
		}
	}

	/** SHA-256 over every field in a fixed order, each one length-prefixed so that no two contents collide. */
	public String hash() {
		StringBuilder canonical = new StringBuilder();
		field(canonical, "title", title);
		field(canonical, "slug", slug);
		field(canonical, "lead", lead);
		field(canonical, "body", body);
		field(canonical, "tags", String.join("\n", tags));
		field(canonical, "categories", String.join("\n", categories));
		field(canonical, "featured", featuredMediaId == null ? "" : featuredMediaId.toString());
		field(canonical, "featuredAlt", featuredAlt);
		field(canonical, "gallery", galleryMediaIds.toString());
		field(canonical, "documents", documentMediaIds.toString());
		for (Channel channel : Channel.values()) {
			field(canonical, "channel." + channel.name(), channels.contains(channel) ? "on" : "off");
			field(canonical, "text." + channel.name(), channelTexts.getOrDefault(channel, ""));
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
		}
	}

	private static void field(StringBuilder out, String name, String value) {
		out.append(name).append(':').append(value.length()).append(':').append(value).append('\n');
	}
}
