package id.warta.organization.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.BruteForceMatch;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.matching.match.SeparatorMatch;
import me.gosimple.nbvcxz.matching.match.YearMatch;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable: 10 to 64 characters (BCrypt reads at most 72 bytes), not a commonly used
 * password from the list shipped with Warta, not built on the username, not a run of one or two characters, and
 * rated hard enough to guess by a strength estimator (nbvcxz, a port of zxcvbn) that knows, besides its own
 * English dictionaries, common Indonesian words and the words of this agency: its names, its city, the year and
 * its staff's usernames, which an attacker who targets the agency tries first.
 */
@Component
public class PasswordPolicy {

	static final int MIN_LENGTH = 10;
	static final int MAX_LENGTH = 64;
	/** About 3·10^10 guesses: the estimator's own default, hours to days offline against BCrypt. */
	static final double MIN_ENTROPY_BITS = 35;
	private static final String COMMON_LIST = "organization/common-passwords.txt";
	private static final String INDONESIAN_WORDS = "organization/indonesian-words.txt";
	private static final String AGENCY = "agency";
	private static final String USERNAMES = "usernames";
	private static final String PASSWORDS = "passwords";

	private final Set<String> common;
	private final List<Dictionary> dictionaries;

	public PasswordPolicy() {
		this.common = Set.copyOf(load(COMMON_LIST));
		this.dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
		this.dictionaries.add(ranked("indonesian", load(INDONESIAN_WORDS)));
	}

	/** The message key of the first rule the password breaks, or empty when it is acceptable. */
	public Optional<String> problem(String password, String username, PasswordContext context) {
		if (password == null || password.isEmpty()) {
			return Optional.of("password.required");
		}
		if (password.length() < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (common.contains(lower)) {
			return Optional.of("password.common");
		}
		if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("password.containsUsername");
		}
		if (lower.chars().distinct().count() < 4) {
			return Optional.of("password.tooSimple");
		}
		return weakness(password, context);
	}

	private Optional<String> weakness(String password, PasswordContext context) {
		List<Dictionary> all = new ArrayList<>(dictionaries);
		all.add(ranked(AGENCY, context.agencyWords()));
		all.add(ranked(USERNAMES, context.usernames()));
		var configuration = new ConfigurationBuilder().setDictionaries(all)
			.setMinimumEntropy(MIN_ENTROPY_BITS)
			.createConfiguration();
		var estimate = new Nbvcxz(configuration).estimate(password);
		return estimate.isMinimumEntropyMet() ? Optional.empty() : Optional.of(reason(estimate.getMatches()));
	}

	/** The part of a weak password that a person can best act on, agency words first. */
	private static String reason(List<Match> matches) {
		Set<String> found = matches.stream().map(PasswordPolicy::kind).collect(Collectors.toSet());
		for (String kind : List.of(AGENCY, USERNAMES, PASSWORDS, "words", "pattern")) {
			if (found.contains(kind)) {
				return switch (kind) {
					case AGENCY -> "password.weak.agency";
					case USERNAMES -> "password.weak.username";
					case PASSWORDS, "words" -> "password.weak.words";
					default -> "password.weak.pattern";
				};
			}
		}
		return "password.weak";
	}

	private static String kind(Match match) {
		if (match instanceof DictionaryMatch word) {
			return switch (word.getDictionaryName()) {
				case AGENCY, USERNAMES, PASSWORDS -> word.getDictionaryName();
				default -> "words";
			};
		}
		if (match instanceof YearMatch) {
			return AGENCY; // the year is what the agency's staff add to everything
		}
		if (match instanceof BruteForceMatch || match instanceof SeparatorMatch) {
			return "random";
		}
		return "pattern"; // dates, repeats, sequences, rows of keys
	}

	/** Words in the order an attacker would try them: the first is the most likely. */
	private static Dictionary ranked(String name, Collection<String> words) {
		var dictionary = new DictionaryBuilder().setDictionaryName(name);
		int rank = 1;
		for (String word : words) {
			dictionary.addWord(word.toLowerCase(Locale.ROOT), rank++);
		}
		return dictionary.createDictionary();
	}

	private static List<String> load(String resource) {
		try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource(resource).getInputStream(),
				StandardCharsets.UTF_8))) {
			return reader.lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.distinct()
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("A word list of the password policy is missing: " + resource, e);
		}
	}
}
