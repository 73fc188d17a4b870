package id.warta.site.search;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How text becomes terms. Stemmed fields: Lucene's Indonesian analysis (its tokenizer, stop words and stemmer)
 * with the stems {@link IndonesianStems} adds. The words field keeps every word as written, lower-cased, so that a
 * misspelt word can be matched to words that really occur.
 */
final class SearchAnalyzers {

	static final CharArraySet STOP_WORDS = IndonesianAnalyzer.getDefaultStopSet();

	private SearchAnalyzers() {
	}

	static Analyzer indonesian() {
		return new Analyzer() {

			@Override
			protected TokenStreamComponents createComponents(String field) {
				StandardTokenizer source = new StandardTokenizer();
				TokenStream stream = new StopFilter(new LowerCaseFilter(source), STOP_WORDS);
				return new TokenStreamComponents(source, new IndonesianStemsFilter(stream));
			}

			@Override
			protected TokenStream normalize(String field, TokenStream in) {
				return new LowerCaseFilter(in);
			}
		};
	}

	static Analyzer words() {
		return new Analyzer() {

			@Override
			protected TokenStreamComponents createComponents(String field) {
				StandardTokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, new LowerCaseFilter(source));
			}

			@Override
			protected TokenStream normalize(String field, TokenStream in) {
				return new LowerCaseFilter(in);
			}
		};
	}

	/** The index's analyzer: words for {@link StoryFields#WORDS}, Indonesian stems for every other text. */
	static Analyzer perField() {
		return new PerFieldAnalyzerWrapper(indonesian(), Map.of(StoryFields.WORDS, words()));
	}
}
