package id.warta.organization;

/**
 * What a staff member may do, after DESIGN.md's table of roles. One person may hold several.
 */
public enum Role {

	/** Kontributor: sends material for their division (SOP step 1). */
	CONTRIBUTOR,
	/** Admin Konten: composes stories (step 2) and publishes approved ones (step 4). */
	CONTENT_ADMIN,
	/** Penyaring: Kepala Dinas, Sekretaris or Kasubag TU, who screens stories (step 3). */
	SCREENER,
	/** Petugas PPID: handles public-information requests. */
	PPID_OFFICER,
	/** Atasan PPID: decides objections to the information officer's decisions. */
	PPID_SUPERIOR,
	/** Administrator Sistem: accounts, divisions, settings. */
	SYSTEM_ADMIN;

	/** The Spring Security authority for this role. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Message key of the role's name as users see it. */
	public String labelKey() {
		return "role." + name();
	}
}
