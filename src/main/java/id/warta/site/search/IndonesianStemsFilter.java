package id.warta.site.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each word by its {@link IndonesianStems}, stacked at the word's position like synonyms, so that they
 * share its offsets (the highlighter marks the word as written) and count once towards the field's length.
 */
final class IndonesianStemsFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
	private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
	private final IndonesianStems stems = new IndonesianStems();
	private final Deque<String> stacked = new ArrayDeque<>();

	IndonesianStemsFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!stacked.isEmpty()) {
			// Every other attribute (offsets, type) still holds the word's: only the term changes.
			term.setEmpty().append(stacked.poll());
			position.setPositionIncrement(0);
			return true;
		}
		if (!input.incrementToken()) {
			return false;
		}
		List<String> all = stems.of(term.toString());
		term.setEmpty().append(all.get(0));
		if (all.size() > 1) {
			stacked.addAll(all.subList(1, all.size()));
		}
		return true;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		stacked.clear();
	}
}
