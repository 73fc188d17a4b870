package id.warta.organization.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.warta.organization.Role;
import id.warta.organization.SocialPlatform;
import id.warta.platform.Slugs;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo agency, DPKPP Kota Bekasi, with its divisions and one account per role. Loaded only with the demo
 * profile, into an empty database; everything it creates is editable like real data.
 */
@Component
class DemoOrganization {

	/** The demo password of every demo account; printed in the README, so never used outside the demo. */
	static final String DEMO_PASSWORD = "warta-demo-2026";

	private static final List<String> DIVISIONS = List.of("Sekretariat", "Bidang Perumahan",
			"Bidang Kawasan Permukiman", "Bidang Pertanahan", "Bidang Prasarana, Sarana dan Utilitas",
			"UPTD Pemakaman", "UPTD Rusunawa", "UPTD Pengelolaan Air Limbah Domestik");

	private final AgencyRepository agencies;
	private final DivisionRepository divisions;
	private final StaffAccountRepository accounts;
	private final PasswordEncoder encoder;
	private final CurrentAgency current;
	private final Clock clock;

	DemoOrganization(AgencyRepository agencies, DivisionRepository divisions, StaffAccountRepository accounts,
			PasswordEncoder encoder, CurrentAgency current, Clock clock) {
		this.current = current;
		this.agencies = agencies;
		this.divisions = divisions;
		this.accounts = accounts;
		this.encoder = encoder;
		this.clock = clock;
	}

	void loadIfEmpty() {
		if (accounts.count() > 0) {
			return;
		}
		Agency agency = agencies.findFirstByOrderByIdAsc().orElseThrow();
		agency.describe("Dinas Perumahan, Kawasan Permukiman dan Pertanahan Kota Bekasi", "DPKPP",
				"Jl. Ir. H. Juanda No. 100, Bekasi Timur, Kota Bekasi, Jawa Barat", "(021) 8801000",
				"dpkpp@bekasikota.go.id", clock.instant());
		agency.linkSocial(Map.of(SocialPlatform.INSTAGRAM, "https://www.instagram.com/dpkpp.kotabekasi",
				SocialPlatform.FACEBOOK, "https://www.facebook.com/dpkpp.kotabekasi"));
		agency.present("#0b5d3b", "Melayani perumahan, kawasan permukiman dan pertanahan warga Kota Bekasi.",
				"Senin–Jumat, 08.00–16.00 WIB", clock.instant());
		current.changed();
		long agencyId = agency.getId();
		for (String name : DIVISIONS) {
			divisions.save(new Division(agencyId, Slugs.of(name, DivisionAdministration.SLUG_LENGTH), name, null));
		}
		Long housing = divisions.findByAgencyIdAndSlug(agencyId, "bidang-perumahan").orElseThrow().getId();
		Long secretariat = divisions.findByAgencyIdAndSlug(agencyId, "sekretariat").orElseThrow().getId();
		String hash = encoder.encode(DEMO_PASSWORD);
		account(agencyId, hash, "kontributor", "Rina Kontributor", "Staf Bidang Perumahan", housing,
				EnumSet.of(Role.CONTRIBUTOR));
		account(agencyId, hash, "admin.konten", "Budi Admin Konten", "Pengelola Website dan Media Sosial",
				secretariat, EnumSet.of(Role.CONTENT_ADMIN));
		account(agencyId, hash, "penyaring", "Siti Sekretaris", "Sekretaris Dinas", secretariat,
				EnumSet.of(Role.SCREENER));
		account(agencyId, hash, "ppid", "Andi Petugas PPID", "Petugas PPID Pelaksana", secretariat,
				EnumSet.of(Role.PPID_OFFICER));
		account(agencyId, hash, "atasan.ppid", "Dewi Atasan PPID", "Kepala Sub Bagian Tata Usaha", secretariat,
				EnumSet.of(Role.PPID_SUPERIOR));
		account(agencyId, hash, "sysadmin", "Eko Administrator", "Pranata Komputer", secretariat,
				EnumSet.of(Role.SYSTEM_ADMIN));
	}

	private void account(long agencyId, String hash, String username, String fullName, String jobTitle,
			Long divisionId, Set<Role> roles) {
		var account = new StaffAccount(agencyId, username, hash, fullName, roles, clock.instant());
		account.describe(fullName, jobTitle, username + "@demo.warta.local", null);
		account.assignTo(divisionId);
		accounts.save(account);
	}
}
