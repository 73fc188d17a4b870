package id.warta.organization.internal;

import java.util.Set;

import id.warta.organization.Role;

/** What an administrator sets on an account, apart from its username and password. */
public record AccountDetails(String fullName, String jobTitle, String email, String whatsapp, Long divisionId,
		Set<Role> roles) {
}
