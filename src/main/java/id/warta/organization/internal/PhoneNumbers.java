package id.warta.organization.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Indonesian mobile (WhatsApp) numbers, written however staff write them (0812-3456-789, +62 812 3456 789,
 * 62812…), kept in one international form: {@code +628123456789}.
 */
final class PhoneNumbers {

	private static final Pattern MOBILE = Pattern.compile("^8[1-9][0-9]{6,11}$");

	private PhoneNumbers() {
	}

	static Optional<String> normalizeMobile(String input) {
		if (input == null) {
			return Optional.empty();
		}
		String digits = input.replaceAll("[\\s\\-().]", "");
		if (digits.startsWith("+62")) {
			digits = digits.substring(3);
		}
		else if (digits.startsWith("62")) {
			digits = digits.substring(2);
		}
		else if (digits.startsWith("0")) {
			digits = digits.substring(1);
		}
		return MOBILE.matcher(digits).matches() ? Optional.of("+62" + digits) : Optional.empty();
	}
}
