package id.warta.organization;

/** How to reach a staff member: for telling them about work waiting for them. {@code email} may be null. */
public record StaffContact(long id, long agencyId, String username, String fullName, String email,
		Long divisionId) {
}
