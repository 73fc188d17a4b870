package id.warta.newsroom.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Story bodies as the website may show them: an allow-list of formatting tags, links only to http(s) and
 * mail, no scripts, no styles, no event handlers, no frames. Plain text becomes paragraphs.
 */
final class HtmlSanitizer {

	private static final Safelist ALLOWED = Safelist.basic()
		.addTags("h2", "h3", "h4", "figure", "figcaption", "table", "thead", "tbody", "tr", "th", "td")
		.addAttributes("a", "href", "title")
		.addProtocols("a", "href", "http", "https", "mailto")
		.addEnforcedAttribute("a", "rel", "noopener nofollow");

	private HtmlSanitizer() {
	}

	static String clean(String input) {
		if (input == null || input.isBlank()) {
			return "";
		}
		String html = input.contains("<") ? input : paragraphs(input);
		var settings = new Document.OutputSettings().prettyPrint(false);
		return Jsoup.clean(html, "", ALLOWED, settings).strip();
	}

	private static String paragraphs(String text) {
		StringBuilder html = new StringBuilder();
		for (String paragraph : text.strip().split("\\R\\s*\\R")) {
			html.append("<p>").append(org.jsoup.nodes.Entities.escape(paragraph.strip()).replaceAll("\\R", "<br>"))
				.append("</p>");
		}
		return html.toString();
	}
}
