package id.warta.organization;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member as the rest of the application sees them: who, in which agency and division, and
 * with which roles.
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;
	private final long agencyId;
	private final String username;
	private String passwordHash;
	private final String fullName;
	private final Long divisionId;
	private final Set<Role> roles;
	private final boolean active;
	private final boolean mustChangePassword;

	public StaffPrincipal(long id, long agencyId, String username, String passwordHash, String fullName,
			Long divisionId, Set<Role> roles, boolean active, boolean mustChangePassword) {
		this.id = id;
		this.agencyId = agencyId;
		this.username = username;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.divisionId = divisionId;
		this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
		this.active = active;
		this.mustChangePassword = mustChangePassword;
	}

	public long id() {
		return id;
	}

	public long agencyId() {
		return agencyId;
	}

	public String fullName() {
		return fullName;
	}

	public Long divisionId() {
		return divisionId;
	}

	public Set<Role> roles() {
		return roles;
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = roles.stream()
			.<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return active;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StaffPrincipal that && that.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "StaffPrincipal[" + username + "]";
	}
}
