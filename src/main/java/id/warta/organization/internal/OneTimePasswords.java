package id.warta.organization.internal;

import java.security.SecureRandom;

/**
 * Random passwords handed to a person once (first administrator, reset by an administrator). Letters and digits
 * that cannot be confused when read aloud or copied by hand, in groups of four.
 */
final class OneTimePasswords {

	private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY346789".toCharArray();
	private static final SecureRandom RANDOM = new SecureRandom();

	private OneTimePasswords() {
	}

	static String generate() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				password.append('-');
			}
			password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		return password.toString();
	}
}
