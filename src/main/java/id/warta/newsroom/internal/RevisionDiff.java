package id.warta.newsroom.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import id.warta.newsroom.Channel;
import org.jsoup.Jsoup;

/**
 * What changed between two revisions as a reader sees it: the rendered text word by word (never raw HTML), the
 * media added and removed, and the channels and their texts. Words are compared with Myers' algorithm
 * (java-diff-utils).
 *
 * @param fields the texts that differ, each as a run of unchanged, added and removed words
 * @param mediaAdded items the newer revision shows and the older did not (featured, gallery or documents)
 * @param channelsAdded channels chosen in the newer revision only
 */
public record RevisionDiff(List<Field> fields, List<Long> mediaAdded, List<Long> mediaRemoved,
		Set<Channel> channelsAdded, Set<Channel> channelsRemoved) {

	/** A piece of a text: words that stayed, were added or were removed. */
	public record Part(Kind kind, String text) {
	}

	public enum Kind {
		SAME, ADDED, REMOVED
	}

	/** A text that differs, named by its label's message key, with its parts in reading order. */
	public record Field(String labelKey, List<Part> parts) {
	}

	private static final Pattern TOKEN = Pattern.compile("\\n|[^\\s]+");

	public boolean isEmpty() {
		return fields.isEmpty() && mediaAdded.isEmpty() && mediaRemoved.isEmpty() && channelsAdded.isEmpty()
				&& channelsRemoved.isEmpty();
	}

	public static RevisionDiff between(StoryContent from, StoryContent to) {
		List<Field> fields = new ArrayList<>();
		add(fields, "story.title", from.title(), to.title());
		add(fields, "story.slug", from.slug(), to.slug());
		add(fields, "story.lead", from.lead(), to.lead());
		add(fields, "story.body", readable(from.body()), readable(to.body()));
		add(fields, "story.categories", String.join(", ", from.categories()), String.join(", ", to.categories()));
		add(fields, "story.tags", String.join(", ", from.tags()), String.join(", ", to.tags()));
		add(fields, "story.featuredAlt", from.featuredAlt(), to.featuredAlt());
		for (Channel channel : Channel.values()) {
			add(fields, channel.labelKey(), from.channelTexts().getOrDefault(channel, ""),
					to.channelTexts().getOrDefault(channel, ""));
		}
		Set<Long> before = media(from);
		Set<Long> after = media(to);
		return new RevisionDiff(fields, after.stream().filter(id -> !before.contains(id)).toList(),
				before.stream().filter(id -> !after.contains(id)).toList(), minus(to.channels(), from.channels()),
				minus(from.channels(), to.channels()));
	}

	private static Set<Long> media(StoryContent content) {
		Set<Long> ids = new LinkedHashSet<>();
		if (content.featuredMediaId() != null) {
			ids.add(content.featuredMediaId());
		}
		ids.addAll(content.galleryMediaIds());
		ids.addAll(content.documentMediaIds());
		return ids;
	}

	private static Set<Channel> minus(Set<Channel> these, Set<Channel> those) {
		Set<Channel> left = EnumSet.noneOf(Channel.class);
		left.addAll(these);
		left.removeAll(those);
		return left;
	}

	private static void add(List<Field> fields, String label, String from, String to) {
		if (!from.equals(to)) {
			fields.add(new Field(label, words(tokens(from), tokens(to))));
		}
	}

	/** The body as a reader sees it: the text of each block on its own line, no tags. */
	static String readable(String html) {
		var body = Jsoup.parseBodyFragment(html).body();
		body.select("p, h1, h2, h3, h4, h5, h6, li, tr, figure, blockquote, br").after("\n");
		StringBuilder text = new StringBuilder();
		for (String line : body.wholeText().split("\\R")) {
			String clean = line.strip().replaceAll("\\s+", " ");
			if (!clean.isEmpty()) {
				text.append(clean).append('\n');
			}
		}
		return text.toString().strip();
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	/** The newer text in reading order, with what was removed just before what replaced it. */
	static List<Part> words(List<String> from, List<String> to) {
		List<Part> parts = new ArrayList<>();
		int next = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
			append(parts, Kind.SAME, to.subList(next, delta.getTarget().getPosition()));
			append(parts, Kind.REMOVED, delta.getSource().getLines());
			append(parts, Kind.ADDED, delta.getTarget().getLines());
			next = delta.getTarget().getPosition() + delta.getTarget().size();
		}
		append(parts, Kind.SAME, to.subList(next, to.size()));
		return parts;
	}

	private static void append(List<Part> parts, Kind kind, List<String> words) {
		if (!words.isEmpty()) {
			parts.add(new Part(kind, String.join(" ", words).replace(" \n ", "\n")));
		}
	}
}
