package id.warta.organization.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import id.warta.organization.Role;
import id.warta.organization.StaffContact;
import id.warta.organization.StaffPrincipal;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

/**
 * A staff member's account. Never deleted: leaving staff are deactivated, so that their past decisions keep a
 * name in the audit trail.
 */
@Entity
public class StaffAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long agencyId;
	private String username;
	private String passwordHash;
	private String fullName;
	private String jobTitle;
	private String email;
	private String whatsapp;
	private Long divisionId;
	private boolean active = true;
	private boolean mustChangePassword;
	private Instant createdAt;
	private Instant passwordChangedAt;
	private Instant lastLoginAt;
	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = new HashSet<>();

	protected StaffAccount() {
	}

	public StaffAccount(long agencyId, String username, String passwordHash, String fullName, Set<Role> roles,
			Instant now) {
		this.agencyId = agencyId;
		this.username = username;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.roles.addAll(roles);
		this.createdAt = now;
		this.passwordChangedAt = now;
	}

	public StaffPrincipal principal() {
		return new StaffPrincipal(id, agencyId, username, passwordHash, fullName, divisionId,
				roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), active, mustChangePassword);
	}

	public StaffContact contact() {
		return new StaffContact(id, agencyId, username, fullName, email, divisionId);
	}

	void describe(String fullName, String jobTitle, String email, String whatsapp) {
		this.fullName = fullName;
		this.jobTitle = jobTitle;
		this.email = email;
		this.whatsapp = whatsapp;
	}

	void assignTo(Long divisionId) {
		this.divisionId = divisionId;
	}

	void grant(Set<Role> newRoles) {
		roles.clear();
		roles.addAll(newRoles);
	}

	/** A password the owner chose. */
	void changePassword(String hash, Instant now) {
		this.passwordHash = hash;
		this.passwordChangedAt = now;
		this.mustChangePassword = false;
	}

	/** A password somebody else knows: the owner must replace it at the next login. */
	void setOneTimePassword(String hash, Instant now) {
		this.passwordHash = hash;
		this.passwordChangedAt = now;
		this.mustChangePassword = true;
	}

	void deactivate() {
		this.active = false;
	}

	void reactivate() {
		this.active = true;
	}

	public Long getId() {
		return id;
	}

	public long getAgencyId() {
		return agencyId;
	}

	public String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public String getFullName() {
		return fullName;
	}

	public String getJobTitle() {
		return jobTitle;
	}

	public String getEmail() {
		return email;
	}

	public String getWhatsapp() {
		return whatsapp;
	}

	public Long getDivisionId() {
		return divisionId;
	}

	public boolean isActive() {
		return active;
	}

	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	public Set<Role> getRoles() {
		return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getLastLoginAt() {
		return lastLoginAt;
	}

	public long getVersion() {
		return version;
	}
}
