package id.warta.newsroom.internal;

import java.util.ArrayList;
import java.util.List;

import id.warta.newsroom.Channel;

/**
 * What changed between two revisions, field by field and line by line (a longest-common-subsequence diff),
 * so that an editor or a screener sees exactly what was added and removed.
 */
public final class RevisionDiff {

	/** One line of a field's diff. */
	public record Line(Kind kind, String text) {
	}

	public enum Kind {
		SAME, ADDED, REMOVED
	}

	/** A field that differs, with its lines. */
	public record Field(String labelKey, List<Line> lines) {
	}

	private RevisionDiff() {
	}

	public static List<Field> between(StoryContent from, StoryContent to) {
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
		return fields;
	}

	private static void add(List<Field> fields, String label, String from, String to) {
		if (!from.equals(to)) {
			fields.add(new Field(label, lines(from.split("\\R", -1), to.split("\\R", -1))));
		}
	}

	/** Block-level tags become line breaks, so that a diff of HTML reads like a diff of paragraphs. */
	private static String readable(String html) {
		return html.replaceAll("(?i)</(p|h[1-6]|li|tr|figure)>", "$0\n").strip();
	}

	static List<Line> lines(String[] a, String[] b) {
		int[][] common = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<Line> lines = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i].equals(b[j])) {
				lines.add(new Line(Kind.SAME, a[i]));
				i++;
				j++;
			}
			else if (common[i + 1][j] >= common[i][j + 1]) {
				lines.add(new Line(Kind.REMOVED, a[i++]));
			}
			else {
				lines.add(new Line(Kind.ADDED, b[j++]));
			}
		}
		while (i < a.length) {
			lines.add(new Line(Kind.REMOVED, a[i++]));
		}
		while (j < b.length) {
			lines.add(new Line(Kind.ADDED, b[j++]));
		}
		return lines;
	}
}
