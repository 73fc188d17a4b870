package id.warta.site.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * The title and one passage of each hit with the matched words marked: the passage from the lead, the body, the
 * captions or the documents, whichever matched first in that order; the start of the lead or body when only the
 * title matched.
 */
final class Snippets {

	/** A hit's title and snippet as safe HTML, and the field the snippet came from. */
	record Marked(String title, String snippet, String source) {
	}

	/** Passages are whole sentences about this long, with the match towards their middle. */
	private static final int PASSAGE_LENGTH = 160;

	private static final String[] SOURCES = StoryFields.SNIPPET_SOURCES.toArray(String[]::new);

	private final UnifiedHighlighter titles;
	private final UnifiedHighlighter passages;
	private final IndexSearcher searcher;

	Snippets(IndexSearcher searcher, Analyzer analyzer, int longestText) {
		this.searcher = searcher;
		MarkedPassages formatter = new MarkedPassages();
		this.titles = UnifiedHighlighter.builder(searcher, analyzer)
			.withFormatter(formatter)
			.withBreakIterator(WholeBreakIterator::new)
			.withMaxNoHighlightPassages(0)
			.withWeightMatches(false)
			.build();
		Locale indonesian = Locale.forLanguageTag("id");
		this.passages = UnifiedHighlighter.builder(searcher, analyzer)
			.withFormatter(formatter)
			.withBreakIterator(() -> LengthGoalBreakIterator
				.createClosestToLength(BreakIterator.getSentenceInstance(indonesian), PASSAGE_LENGTH, 0.5f))
			.withMaxLength(longestText)
			.withMaxNoHighlightPassages(0)
			.withWeightMatches(false)
			.build();
	}

	Marked[] of(Query query, TopDocs page) throws IOException {
		String[] titleMarks = titles.highlight(StoryFields.TITLE, query, page, 1);
		Map<String, String[]> marks = passages.highlightFields(SOURCES, query, page, ones(SOURCES.length));
		Marked[] marked = new Marked[page.scoreDocs.length];
		for (int i = 0; i < marked.length; i++) {
			Document stored = searcher.storedFields()
				.document(page.scoreDocs[i].doc, Set.of(StoryFields.TITLE, StoryFields.LEAD, StoryFields.BODY));
			String title = titleMarks[i] != null ? titleMarks[i] : MarkedPassages.plain(stored.get(StoryFields.TITLE));
			marked[i] = passage(marks, i, stored, title);
		}
		return marked;
	}

	private static Marked passage(Map<String, String[]> marks, int hit, Document stored, String title) {
		for (String source : SOURCES) {
			String snippet = marks.get(source)[hit];
			if (snippet != null && !snippet.isEmpty()) {
				return new Marked(title, snippet, source);
			}
		}
		String lead = stored.get(StoryFields.LEAD);
		String text = lead == null || lead.isBlank() ? stored.get(StoryFields.BODY) : lead;
		return new Marked(title, MarkedPassages.plain(text == null ? "" : text), StoryFields.LEAD);
	}

	private static int[] ones(int length) {
		int[] ones = new int[length];
		java.util.Arrays.fill(ones, 1);
		return ones;
	}
}
