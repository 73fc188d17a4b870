package id.warta.organization.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable: 10 to 64 characters (BCrypt reads at most 72 bytes), not a commonly used
 * password from the list shipped with Warta, not built on the username, and not a run of one or two characters.
 */
@Component
public class PasswordPolicy {

	static final int MIN_LENGTH = 10;
	static final int MAX_LENGTH = 64;
	private static final String COMMON_LIST = "organization/common-passwords.txt";

	private final Set<String> common;

	public PasswordPolicy() {
		this.common = load();
	}

	/** The message key of the first rule the password breaks, or empty when it is acceptable. */
	public Optional<String> problem(String password, String username) {
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
		return Optional.empty();
	}

	boolean isCommon(String password) {
		return common.contains(password.toLowerCase(Locale.ROOT));
	}

	private static Set<String> load() {
		try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource(COMMON_LIST).getInputStream(),
				StandardCharsets.UTF_8))) {
			return reader.lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException e) {
			throw new UncheckedIOException("The list of common passwords is missing from the build", e);
		}
	}
}
