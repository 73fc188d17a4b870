package id.warta.organization.internal;

import java.util.List;

/**
 * What an attacker who targets this agency tries first, beyond common words.
 *
 * @param agencyWords the agency's names, the words of its address (the city), recent years
 * @param usernames every staff username of the agency, and their parts
 */
public record PasswordContext(List<String> agencyWords, List<String> usernames) {

	public static final PasswordContext NONE = new PasswordContext(List.of(), List.of());
}
