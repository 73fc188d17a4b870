package id.warta.site.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Turns what a reader typed into a Lucene query, built term by term: nothing typed is parsed as query syntax, so
 * quotes, stars and brackets are just characters. Every word must match (in any field); a word matches through
 * any of its stems, and a word of four letters or more also through the stems of words in the index one edit
 * away from it that occur more often than it does (a misspelling is rarer than what was meant), which weigh less.
 */
final class StoryQueries {

	/**
	 * More words than this in one query are ignored: each adds up to 6 × (5 + {@link #TYPO_STEMS}) + 1 clauses,
	 * and Lucene refuses more than 1024 in all.
	 */
	static final int MOST_WORDS = 8;

	static final int TYPO_MIN_LENGTH = 4;

	/** Words in the index one edit away that a typo may stand for, the most frequent first. */
	static final int TYPO_CANDIDATES = 4;

	static final int TYPO_STEMS = 8;

	private static final float TYPO_WEIGHT = 0.4f;
	private static final float EXACT_WORD_WEIGHT = 1.5f;
	private static final Analyzer WORDS = SearchAnalyzers.words();

	private StoryQueries() {
	}

	/** Empty when the text holds nothing to search for (only punctuation, say). */
	static Optional<Query> of(SearchQuery query, IndexReader reader) {
		List<String> words = words(query.text());
		List<String> meaningful = words.stream().filter(word -> !SearchAnalyzers.STOP_WORDS.contains(word)).toList();
		if (words.isEmpty()) {
			return Optional.empty();
		}
		IndonesianStems stems = new IndonesianStems();
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		if (meaningful.isEmpty()) {
			// Only stop words ("dan yang"): they are in no stemmed field, but the words field has them.
			words.forEach(word -> all.add(new TermQuery(new Term(StoryFields.WORDS, word)), Occur.MUST));
		}
		for (String word : meaningful) {
			all.add(word(word, stems, reader), Occur.MUST);
		}
		if (query.type() != null) {
			all.add(new TermQuery(new Term(StoryFields.TYPE, query.type().pathSegment())), Occur.FILTER);
		}
		if (query.division() != null) {
			all.add(new TermQuery(new Term(StoryFields.DIVISION, query.division())), Occur.FILTER);
		}
		if (query.year() != null) {
			all.add(new TermQuery(new Term(StoryFields.YEAR, String.valueOf(query.year()))), Occur.FILTER);
		}
		return Optional.of(all.build());
	}

	/** The words as the words field holds them, lower-cased, each once, at most {@link #MOST_WORDS}. */
	static List<String> words(String text) {
		Set<String> words = new LinkedHashSet<>();
		try (TokenStream stream = WORDS.tokenStream(StoryFields.WORDS, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken() && words.size() < MOST_WORDS) {
				words.add(term.toString());
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return List.copyOf(words);
	}

	private static Query word(String word, IndonesianStems stems, IndexReader reader) {
		Set<String> exact = new LinkedHashSet<>(stems.of(word));
		Set<String> typos = new LinkedHashSet<>();
		if (word.length() >= TYPO_MIN_LENGTH && IndonesianStems.isWord(word)) {
			for (String near : near(word, reader)) {
				typos.addAll(stems.of(near));
			}
			typos.removeAll(exact);
		}
		List<String> typoStems = typos.stream().limit(TYPO_STEMS).toList();
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		for (Map.Entry<String, Float> field : StoryFields.WEIGHTS.entrySet()) {
			for (String stem : exact) {
				any.add(weighted(field.getKey(), stem, field.getValue()), Occur.SHOULD);
			}
			for (String stem : typoStems) {
				any.add(weighted(field.getKey(), stem, field.getValue() * TYPO_WEIGHT), Occur.SHOULD);
			}
		}
		any.add(weighted(StoryFields.WORDS, word, EXACT_WORD_WEIGHT), Occur.SHOULD);
		return any.build();
	}

	private static Query weighted(String field, String term, float weight) {
		return new BoostQuery(new TermQuery(new Term(field, term)), weight);
	}

	/**
	 * Words in the index one edit (or one swap of neighbours) away from this one and more frequent than it: a
	 * word spelt right and common (most searches) costs no extra clauses.
	 */
	private static List<String> near(String word, IndexReader reader) {
		try {
			Terms terms = MultiTerms.getTerms(reader, StoryFields.WORDS);
			if (terms == null) {
				return List.of();
			}
			int frequency = reader.docFreq(new Term(StoryFields.WORDS, word));
			record Candidate(String word, int frequency) {
			}
			List<Candidate> candidates = new ArrayList<>();
			FuzzyTermsEnum near = new FuzzyTermsEnum(terms, new Term(StoryFields.WORDS, word), 1, 0, true);
			for (BytesRef term = near.next(); term != null; term = near.next()) {
				String found = term.utf8ToString();
				if (near.docFreq() > frequency) {
					candidates.add(new Candidate(found, near.docFreq()));
				}
			}
			return candidates.stream()
				.sorted(Comparator.comparingInt(Candidate::frequency).reversed())
				.limit(TYPO_CANDIDATES)
				.map(Candidate::word)
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
