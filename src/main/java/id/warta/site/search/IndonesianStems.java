package id.warta.site.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.id.IndonesianStemmer;

/**
 * The stems an Indonesian word may have, Lucene's first. Lucene's {@link IndonesianStemmer} takes prefixes off
 * by their letters alone, so "perumahan" becomes "umah" and never meets "rumah", "memukul" becomes "ukul": a
 * prefix ending in a nasal or in r swallows the first letter of the root (peluluhan), and some roots begin like a
 * prefix (pelihara, kelola, perintah). Next to Lucene's stem this gives the roots with that letter put back, and
 * the word with only its suffixes taken off; a word and its derived forms then share at least one stem.
 * <p>
 * Not thread-safe (Lucene's stemmer keeps state): one instance per token stream. Remembers the words it has seen
 * (most words of a text are frequent ones), up to {@link #REMEMBERED}.
 */
final class IndonesianStems {

	/** Shorter candidates than this are noise ("an", "ku"), never a root. */
	private static final int SHORTEST = 3;

	/** A prefix followed by a vowel, and the letters the root may have begun with ("" for none). */
	private record Assimilation(String prefix, List<String> restored) {
	}

	private static final List<Assimilation> ASSIMILATIONS = List.of(
			new Assimilation("meng", List.of("k", "")), new Assimilation("peng", List.of("k", "")),
			new Assimilation("meny", List.of("s")), new Assimilation("peny", List.of("s")),
			new Assimilation("mem", List.of("p", "m")), new Assimilation("pem", List.of("p", "m")),
			new Assimilation("men", List.of("t", "n")), new Assimilation("pen", List.of("t", "n")),
			new Assimilation("per", List.of("r")), new Assimilation("ber", List.of("r")),
			new Assimilation("ter", List.of("r")));

	/** Prefixes that join a root beginning with a consonant unchanged: per+baik+an. */
	private static final List<String> PLAIN_PREFIXES = List.of("per", "ber", "ter");

	static final int REMEMBERED = 10_000;

	private final IndonesianStemmer stemmer = new IndonesianStemmer();
	private final Map<String, List<String>> known = new HashMap<>();
	private char[] buffer = new char[32];

	/** Lucene's stem first, then the other candidates; a word that is not all letters is its own stem. */
	List<String> of(String word) {
		List<String> stems = known.get(word);
		if (stems == null) {
			if (known.size() >= REMEMBERED) {
				known.clear();
			}
			stems = isWord(word) ? stemsOf(word) : List.of(word);
			known.put(word, stems);
		}
		return stems;
	}

	static boolean isWord(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (!Character.isLetter(word.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private List<String> stemsOf(String word) {
		Set<String> stems = new LinkedHashSet<>();
		stems.add(lucene(word));
		List<String> roots = new ArrayList<>();
		roots.add(word);
		for (Assimilation rule : ASSIMILATIONS) {
			if (word.startsWith(rule.prefix()) && word.length() > rule.prefix().length()
					&& isVowel(word.charAt(rule.prefix().length()))) {
				rule.restored().forEach(letter -> roots.add(letter + word.substring(rule.prefix().length())));
			}
		}
		for (String prefix : PLAIN_PREFIXES) {
			if (word.startsWith(prefix) && word.length() > prefix.length()
					&& !isVowel(word.charAt(prefix.length()))) {
				roots.add(word.substring(prefix.length()));
			}
		}
		for (String root : roots) {
			for (String stem : withoutSuffixes(root)) {
				if (stem.length() >= SHORTEST) {
					stems.add(stem);
				}
			}
		}
		return List.copyOf(stems);
	}

	private String lucene(String word) {
		if (buffer.length < word.length()) {
			buffer = new char[word.length()];
		}
		word.getChars(0, word.length(), buffer, 0);
		return new String(buffer, 0, stemmer.stem(buffer, word.length(), true));
	}

	/**
	 * The root with its particle (-kah, -lah, -pun), its possessive (-ku, -mu, -nya) and its derivational suffix
	 * (-kan, -an, -i) taken off, as Lucene does: only from words of more than two syllables. "-kan" may also be a
	 * root's k and "-an" (perbaikan), so both are given.
	 */
	private static List<String> withoutSuffixes(String root) {
		String word = strip(root, "kah", "lah", "pun");
		word = strip(word, "ku", "mu", "nya");
		if (syllables(word) <= 2) {
			return List.of(word);
		}
		if (word.endsWith("kan")) {
			return List.of(word.substring(0, word.length() - 3), word.substring(0, word.length() - 2));
		}
		if (word.endsWith("an")) {
			return List.of(word.substring(0, word.length() - 2));
		}
		if (word.endsWith("i") && !word.endsWith("si")) {
			return List.of(word.substring(0, word.length() - 1));
		}
		return List.of(word);
	}

	private static String strip(String word, String... suffixes) {
		if (syllables(word) <= 2) {
			return word;
		}
		for (String suffix : suffixes) {
			if (word.endsWith(suffix)) {
				return word.substring(0, word.length() - suffix.length());
			}
		}
		return word;
	}

	private static int syllables(String word) {
		int count = 0;
		for (int i = 0; i < word.length(); i++) {
			if (isVowel(word.charAt(i))) {
				count++;
			}
		}
		return count;
	}

	private static boolean isVowel(char letter) {
		return letter == 'a' || letter == 'e' || letter == 'i' || letter == 'o' || letter == 'u';
	}
}
