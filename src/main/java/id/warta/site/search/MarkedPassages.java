package id.warta.site.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes a highlighted passage as safe HTML: the stored text is escaped, and only the matched words are wrapped
 * in {@code <mark>}. A passage longer than {@link #LONGEST} characters (a sentence of a PDF without full stops) is
 * cut to a window around its first match, at word boundaries, with an ellipsis where text was left out.
 */
final class MarkedPassages extends PassageFormatter {

	static final int LONGEST = 240;
	static final String ELLIPSIS = "…";

	@Override
	public String format(Passage[] passages, String content) {
		StringBuilder html = new StringBuilder();
		for (Passage passage : passages) {
			int start = passage.getStartOffset();
			int end = passage.getEndOffset();
			if (end - start > LONGEST && passage.getNumMatches() > 0) {
				start = Math.max(start, wordStart(content, passage.getMatchStarts()[0] - LONGEST / 3));
				end = Math.min(end, wordEnd(content, start + LONGEST));
			}
			append(html, content, start, end, passage);
		}
		return html.toString();
	}

	private static void append(StringBuilder html, String content, int start, int end, Passage passage) {
		if (!html.isEmpty() || start > 0) {
			html.append(ELLIPSIS).append(' ');
		}
		int at = start;
		for (int i = 0; i < passage.getNumMatches(); i++) {
			int matchStart = passage.getMatchStarts()[i];
			int matchEnd = passage.getMatchEnds()[i];
			// Stems stacked on one word share its offsets: the word is marked once.
			if (matchStart < at || matchEnd > end) {
				continue;
			}
			html.append(escape(content, at, matchStart)).append("<mark>");
			html.append(escape(content, matchStart, matchEnd)).append("</mark>");
			at = matchEnd;
		}
		html.append(escape(content, at, end));
		if (end < content.length()) {
			html.append(' ').append(ELLIPSIS);
		}
	}

	/** Plain text cut to {@link #LONGEST} characters at a word boundary, escaped: a snippet without matches. */
	static String plain(String text) {
		String stripped = text.strip();
		if (stripped.length() <= LONGEST) {
			return HtmlUtils.htmlEscape(stripped);
		}
		return HtmlUtils.htmlEscape(stripped.substring(0, wordEnd(stripped, LONGEST)).strip()) + " " + ELLIPSIS;
	}

	private static String escape(String content, int from, int to) {
		return HtmlUtils.htmlEscape(content.substring(from, to));
	}

	private static int wordStart(String content, int near) {
		int at = Math.max(0, near);
		while (at > 0 && !Character.isWhitespace(content.charAt(at - 1))) {
			at--;
		}
		return at;
	}

	private static int wordEnd(String content, int near) {
		int at = Math.min(content.length(), near);
		while (at < content.length() && !Character.isWhitespace(content.charAt(at))) {
			at++;
		}
		return at;
	}
}
