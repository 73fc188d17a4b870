package id.warta.organization.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import id.warta.organization.AgencyProfile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gathers the words of this agency that a password must not be made of (see {@link PasswordPolicy}). */
@Component
class PasswordContexts {

	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
	/** Shorter pieces ("Jl", "No") are noise: the estimator knows them as short tokens anyway. */
	private static final int SHORTEST_WORD = 3;

	private final CurrentAgency agency;
	private final StaffAccountRepository accounts;
	private final Clock clock;

	PasswordContexts(CurrentAgency agency, StaffAccountRepository accounts, Clock clock) {
		this.agency = agency;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	PasswordContext forAccount(String username) {
		AgencyProfile profile = agency.current();
		Set<String> agencyWords = new LinkedHashSet<>();
		for (String text : new String[] { profile.shortName(), profile.name(), profile.address(), profile.email() }) {
			agencyWords.addAll(words(text));
		}
		int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
		for (int y = year + 1; y >= year - 2; y--) {
			agencyWords.add(Integer.toString(y));
		}
		Set<String> usernames = new LinkedHashSet<>(words(username));
		accounts.usernames(profile.id()).forEach(other -> usernames.addAll(words(other)));
		return new PasswordContext(List.copyOf(agencyWords), List.copyOf(usernames));
	}

	/** The text as one word without spaces or dots, and each of its words. */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return words;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		String joined = NOT_A_WORD.matcher(lower).replaceAll("");
		if (joined.length() >= SHORTEST_WORD) {
			words.add(joined);
		}
		for (String word : NOT_A_WORD.split(lower)) {
			if (word.length() >= SHORTEST_WORD && !word.equals(joined)) {
				words.add(word);
			}
		}
		return words;
	}
}
