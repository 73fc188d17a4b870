package id.warta.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

import id.warta.organization.Role;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every mapped endpoint, asked by every role and by an anonymous visitor: each gets exactly what the table below
 * says. An endpoint missing from the table fails the test, so that no URL goes out without a decided rule.
 */
@WartaTest
class AccessMatrixTests {

	/** Who may use an endpoint: everyone, any signed-in staff member, or only the listed roles. */
	record Access(boolean anonymous, Set<Role> roles) {

		static Access everyone() {
			return new Access(true, EnumSet.allOf(Role.class));
		}

		static Access staff() {
			return new Access(false, EnumSet.allOf(Role.class));
		}

		static Access only(Role first, Role... more) {
			return new Access(false, EnumSet.of(first, more));
		}
	}

	static final Map<String, Access> MATRIX = new LinkedHashMap<>();

	static {
		MATRIX.put("GET /", Access.everyone());
		MATRIX.put("GET /masuk", Access.everyone());
		MATRIX.put("GET /logo", Access.everyone());
		MATRIX.put("GET /error", Access.everyone());
		MATRIX.put("POST /error", Access.everyone());
		MATRIX.put("GET /formulir-kedaluwarsa", Access.everyone());
		MATRIX.put("POST /formulir-kedaluwarsa", Access.everyone());
		MATRIX.put("GET /kantor", Access.staff());
		MATRIX.put("GET /akun/profil", Access.staff());
		MATRIX.put("POST /akun/profil", Access.staff());
		MATRIX.put("GET /akun/kata-sandi", Access.staff());
		MATRIX.put("POST /akun/kata-sandi", Access.staff());
		MATRIX.put("GET /admin/bidang", Access.only(Role.SYSTEM_ADMIN));
		MATRIX.put("GET /admin/bidang/baru", Access.only(Role.SYSTEM_ADMIN));
		MATRIX.put("POST /admin/bidang", Access.only(Role.SYSTEM_ADMIN));
		MATRIX.put("GET /admin/bidang/{id}", Access.only(Role.SYSTEM_ADMIN));
		MATRIX.put("POST /admin/bidang/{id}", Access.only(Role.SYSTEM_ADMIN));
		MATRIX.put("GET /admin/akun", Access.only(Role.SYSTEM_ADMIN));
		MATRIX.put("GET /admin/akun/baru", Access.only(Role.SYSTEM_ADMIN));
		MATRIX.put("POST /admin/akun", Access.only(Role.SYSTEM_ADMIN));
		MATRIX.put("GET /admin/akun/{id}", Access.only(Role.SYSTEM_ADMIN));
		MATRIX.put("POST /admin/akun/{id}", Access.only(Role.SYSTEM_ADMIN));
		MATRIX.put("POST /admin/akun/{id}/nonaktifkan", Access.only(Role.SYSTEM_ADMIN));
		MATRIX.put("POST /admin/akun/{id}/aktifkan", Access.only(Role.SYSTEM_ADMIN));
		MATRIX.put("POST /admin/akun/{id}/reset-kata-sandi", Access.only(Role.SYSTEM_ADMIN));
		MATRIX.put("GET /admin/instansi", Access.only(Role.SYSTEM_ADMIN));
		MATRIX.put("POST /admin/instansi", Access.only(Role.SYSTEM_ADMIN));
		MATRIX.put("POST /admin/instansi/logo", Access.only(Role.SYSTEM_ADMIN));
		MATRIX.put("POST /admin/instansi/tampilan", Access.only(Role.SYSTEM_ADMIN));
		MATRIX.put("GET /admin/audit", Access.only(Role.SYSTEM_ADMIN));
		MATRIX.put("POST /admin/audit/periksa", Access.only(Role.SYSTEM_ADMIN));
		MATRIX.put("GET /admin/sistem", Access.only(Role.SYSTEM_ADMIN));
		// Which items' files a staff member sees is decided per item (MediaServingTests).
		MATRIX.put("GET /media/{id}", Access.staff());
		MATRIX.put("GET /media/{id}/r/{name}", Access.staff());
		MATRIX.put("GET /pustaka", Access.only(Role.CONTENT_ADMIN, Role.SCREENER, Role.SYSTEM_ADMIN));
		MATRIX.put("GET /pustaka/{id}", Access.only(Role.CONTENT_ADMIN, Role.SCREENER, Role.SYSTEM_ADMIN));
		MATRIX.put("POST /pustaka/{id}", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("POST /pustaka/{id}/fokus", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("POST /pustaka/{id}/proses-ulang", Access.only(Role.CONTENT_ADMIN));
		// Uploads belong to their sender: someone else's upload id is 404 (ResumableUploadTests).
		MATRIX.put("OPTIONS /api/v1/uploads", Access.only(Role.CONTRIBUTOR, Role.CONTENT_ADMIN));
		MATRIX.put("POST /api/v1/uploads", Access.only(Role.CONTRIBUTOR, Role.CONTENT_ADMIN));
		MATRIX.put("HEAD /api/v1/uploads/{id}", Access.only(Role.CONTRIBUTOR, Role.CONTENT_ADMIN));
		MATRIX.put("PATCH /api/v1/uploads/{id}", Access.only(Role.CONTRIBUTOR, Role.CONTENT_ADMIN));
		MATRIX.put("DELETE /api/v1/uploads/{id}", Access.only(Role.CONTRIBUTOR, Role.CONTENT_ADMIN));
		MATRIX.put("GET /bahan/kirim", Access.only(Role.CONTRIBUTOR, Role.CONTENT_ADMIN));
		MATRIX.put("POST /bahan/kirim", Access.only(Role.CONTRIBUTOR, Role.CONTENT_ADMIN));
		MATRIX.put("GET /bahan/saya", Access.staff());
		MATRIX.put("GET /bahan/bidang", Access.only(Role.CONTRIBUTOR));
		// Who sees one item is decided per item: sender, their division, admin, screeners (MaterialAccessTests).
		MATRIX.put("GET /bahan/{id}", Access.staff());
		MATRIX.put("GET /redaksi/bahan", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("POST /redaksi/bahan/{id}/tidak-digunakan", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("GET /redaksi/berita", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("POST /redaksi/berita", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("GET /redaksi/berita/{id}", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("POST /redaksi/berita/{id}", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("POST /redaksi/berita/{id}/ajukan", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("POST /redaksi/berita/{id}/terbitkan", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("POST /redaksi/berita/{id}/tarik", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("POST /redaksi/berita/{id}/jadwalkan", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("GET /redaksi/berita/{id}/beda", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("POST /redaksi/berita/{id}/batal-jadwal", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("GET /redaksi/berita/{id}/kanal", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("POST /redaksi/berita/{id}/kanal/{publication}/ulang", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("POST /redaksi/berita/{id}/kanal/{publication}/batal", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("POST /redaksi/berita/{id}/kanal/{publication}/lewati", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("POST /redaksi/berita/{id}/kanal/{publication}/sudah-terbit", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("GET /kanal", Access.only(Role.CONTENT_ADMIN, Role.SYSTEM_ADMIN));
		MATRIX.put("GET /api/v1/publications", Access.only(Role.CONTENT_ADMIN, Role.SCREENER));
		MATRIX.put("GET /api/v1/channels", Access.only(Role.CONTENT_ADMIN, Role.SCREENER));
		MATRIX.put("POST /api/v1/publications/{id}/retry", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("POST /api/v1/publications/{id}/cancel", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("POST /api/v1/publications/{id}/skip", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("POST /api/v1/publications/{id}/confirm", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("POST /kanal/{channel}/hubungkan", Access.only(Role.CONTENT_ADMIN, Role.SYSTEM_ADMIN));
		MATRIX.put("GET /kanal/{channel}/kembali", Access.only(Role.CONTENT_ADMIN, Role.SYSTEM_ADMIN));
		MATRIX.put("POST /kanal/telegram", Access.only(Role.CONTENT_ADMIN, Role.SYSTEM_ADMIN));
		MATRIX.put("POST /kanal/{channel}/putuskan", Access.only(Role.CONTENT_ADMIN, Role.SYSTEM_ADMIN));
		MATRIX.put("GET /penyaringan", Access.only(Role.SCREENER));
		MATRIX.put("GET /penyaringan/{id}", Access.only(Role.SCREENER));
		MATRIX.put("POST /penyaringan/{id}/setujui", Access.only(Role.SCREENER));
		MATRIX.put("POST /penyaringan/{id}/kembalikan", Access.only(Role.SCREENER));
		MATRIX.put("POST /penyaringan/{id}/tolak", Access.only(Role.SCREENER));
		// Own notices only: an unknown or someone else's id is 404 (NotificationTests).
		MATRIX.put("GET /pemberitahuan", Access.staff());
		MATRIX.put("POST /pemberitahuan/{id}/dibaca", Access.staff());
		MATRIX.put("POST /pemberitahuan/dibaca-semua", Access.staff());
		MATRIX.put("GET /{segment:berita|pengumuman|galeri|dokumen|profil}/{slug}", Access.everyone());
		MATRIX.put("GET /{segment:berita|pengumuman|galeri|dokumen}", Access.everyone());
		MATRIX.put("GET /bidang/{slug}", Access.everyone());
		MATRIX.put("GET /kontak", Access.everyone());
		MATRIX.put("GET /ppid", Access.everyone());
		MATRIX.put("GET /ppid/{page}", Access.everyone());
		MATRIX.put("GET /tema.css", Access.everyone());
		MATRIX.put("GET /berkas/tautan/{token}", Access.everyone());
		MATRIX.put("GET /berkas/{id}", Access.everyone());
		MATRIX.put("GET /berkas/{id}/{version}/{name}", Access.everyone());
		MATRIX.put("GET /api/v1/csrf", Access.staff());
		MATRIX.put("GET /v3/api-docs", Access.staff());
		MATRIX.put("GET /v3/api-docs.yaml", Access.staff());
		MATRIX.put("POST /api/v1/materials", Access.only(Role.CONTRIBUTOR, Role.CONTENT_ADMIN));
		MATRIX.put("GET /api/v1/materials/inbox", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("GET /api/v1/materials/mine", Access.staff());
		MATRIX.put("GET /api/v1/materials/{id}", Access.staff());
		MATRIX.put("POST /api/v1/materials/{id}/set-aside", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("POST /api/v1/stories", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("GET /api/v1/stories/desk", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("GET /api/v1/stories/queue", Access.only(Role.SCREENER));
		MATRIX.put("GET /api/v1/stories/{id}", Access.only(Role.CONTENT_ADMIN, Role.SCREENER));
		MATRIX.put("PUT /api/v1/stories/{id}", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("POST /api/v1/stories/{id}/submit", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("POST /api/v1/stories/{id}/decisions", Access.only(Role.SCREENER));
		MATRIX.put("POST /api/v1/stories/{id}/publish", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("POST /api/v1/stories/{id}/withdraw", Access.only(Role.CONTENT_ADMIN));
		MATRIX.put("GET /admin/sop", Access.only(Role.SYSTEM_ADMIN));
		MATRIX.put("GET /admin/sop/versi/baru", Access.only(Role.SYSTEM_ADMIN));
		MATRIX.put("POST /admin/sop/versi", Access.only(Role.SYSTEM_ADMIN));
		MATRIX.put("GET /admin/sop/libur", Access.only(Role.SYSTEM_ADMIN));
		MATRIX.put("POST /admin/sop/libur", Access.only(Role.SYSTEM_ADMIN));
		MATRIX.put("POST /admin/sop/libur/{id}/hapus", Access.only(Role.SYSTEM_ADMIN));
		MATRIX.put("GET /laporan/sop", Access.only(Role.SYSTEM_ADMIN, Role.SCREENER, Role.CONTENT_ADMIN));
		// Served outside Spring MVC's request mappings, so listed by hand.
		MATRIX.put("POST /masuk", Access.everyone());
		MATRIX.put("POST /keluar", Access.everyone());
		MATRIX.put("GET /actuator/health", Access.everyone());
		MATRIX.put("GET /actuator/info", Access.everyone());
		MATRIX.put("GET /actuator/prometheus", Access.only(Role.SYSTEM_ADMIN));
		MATRIX.put("GET /actuator/env", new Access(false, EnumSet.noneOf(Role.class)));
		MATRIX.put("GET /actuator/beans", new Access(false, EnumSet.noneOf(Role.class)));
		// Feeds, sitemap and robots.txt: for everyone (site-delivery).
		MATRIX.put("GET /feed/rss.xml", Access.everyone());
		MATRIX.put("GET /feed/atom.xml", Access.everyone());
		MATRIX.put("GET /feed/{segment:berita|pengumuman}/rss.xml", Access.everyone());
		MATRIX.put("GET /feed/{segment:berita|pengumuman}/atom.xml", Access.everyone());
		MATRIX.put("GET /feed/bidang/{slug}/rss.xml", Access.everyone());
		MATRIX.put("GET /feed/bidang/{slug}/atom.xml", Access.everyone());
		MATRIX.put("GET /sitemap.xml", Access.everyone());
		MATRIX.put("GET /robots.txt", Access.everyone());
		// Search finds published stories only (site-search).
		MATRIX.put("GET /cari", Access.everyone());
		// The agency's SOP rules (approver may not publish): the system administrator (workflow).
		MATRIX.put("POST /admin/instansi/aturan", Access.only(Role.SYSTEM_ADMIN));
		// One rendering of a revision: staff fetch what the public will see; screeners compare revisions (render).
		MATRIX.put("GET /media/lihat/{id}", Access.only(Role.CONTENT_ADMIN, Role.SCREENER));
		MATRIX.put("GET /media/lihat/{id}/{version}/{name}", Access.only(Role.CONTENT_ADMIN, Role.SCREENER));
		MATRIX.put("GET /penyaringan/{id}/beda", Access.only(Role.SCREENER));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcTemplate jdbc;

	String targetAccountId;
	String divisionId;
	String holidayId;

	@BeforeEach
	void targets() {
		// A throwaway account to deactivate and reset, never a demo account other tests sign in with.
		targetAccountId = String.valueOf(staff.idOf(staff.create("Sebuah-kalimat-rahasia-77", Role.CONTRIBUTOR)));
		divisionId = String.valueOf(staff.divisionId("uptd-pemakaman"));
		// A throwaway holiday far in the future to remove, never one of the dates other tests count on.
		LocalDate latest = jdbc.queryForObject("SELECT MAX(holiday_date) FROM sop_holiday", LocalDate.class);
		LocalDate date = latest == null || latest.isBefore(LocalDate.of(2099, 1, 1)) ? LocalDate.of(2099, 1, 1)
				: latest.plusDays(1);
		jdbc.update("INSERT INTO sop_holiday (agency_id, holiday_date, name, kind, created_by, created_at) "
				+ "VALUES ((SELECT MIN(id) FROM agency), ?, 'Libur uji akses', 'cuti_bersama', 'uji', CURRENT_TIMESTAMP)",
				date);
		holidayId = String.valueOf(
				jdbc.queryForObject("SELECT id FROM sop_holiday WHERE holiday_date = ?", Long.class, date));
	}

	@Test
	void everyMappedEndpointHasADecidedRule() {
		Set<String> mapped = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			Set<RequestMethod> effective = methods.isEmpty() ? EnumSet.of(RequestMethod.GET, RequestMethod.POST)
					: methods;
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : effective) {
					mapped.add(method + " " + pattern);
				}
			}
		}
		assertThat(MATRIX.keySet()).as("every mapped endpoint must have a rule in the access matrix")
			.containsAll(mapped);
	}

	@Test
	void everyRoleAndAnonymousGetExactlyWhatTheMatrixSays() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (var row : MATRIX.entrySet()) {
			String[] parts = row.getKey().split(" ", 2);
			HttpMethod method = HttpMethod.valueOf(parts[0]);
			String path = parts[1].replace("{id}", idFor(parts[1])).replaceAll("\\{segment:[^}]*}", "berita").replace("{slug}", "tidak-ada")
				.replace("{version}", "1")
				.replace("{page}", "permohonan")
				.replace("{token}", "1.-.1.tidak-sah")
				.replace("{publication}", "999999999")
				.replace("{channel}", "threads")
				.replace("{name}", "w320.jpg");

			boolean anonymousAllowed = allowed(mvc.perform(request(method, path)).andReturn().getResponse());
			if (anonymousAllowed != row.getValue().anonymous()) {
				wrong.add(row.getKey() + " anonymous: " + (anonymousAllowed ? "allowed" : "refused"));
			}
			for (Role role : Role.values()) {
				boolean roleAllowed = allowed(
						mvc.perform(request(method, path).with(staff.demo(role))).andReturn().getResponse());
				if (roleAllowed != row.getValue().roles().contains(role)) {
					wrong.add(row.getKey() + " " + role + ": " + (roleAllowed ? "allowed" : "refused"));
				}
			}
		}
		assertThat(wrong).as("endpoints whose access differs from the matrix").isEmpty();
	}

	/** Real targets where the rule depends on the role only; an unknown id where access is decided per item. */
	private String idFor(String pattern) {
		if (pattern.startsWith("/admin/bidang")) {
			return divisionId;
		}
		if (pattern.startsWith("/admin/akun")) {
			return targetAccountId;
		}
		if (pattern.startsWith("/admin/sop/libur")) {
			return holidayId;
		}
		return "999999999";
	}

	private static MockHttpServletRequestBuilder request(HttpMethod method, String path) {
		// Each request from its own address, so that the failed logins of POST /masuk lock nobody else out.
		String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
		var builder = MockMvcRequestBuilders.request(method, path).with(request -> {
			request.setRemoteAddr(address);
			return request;
		});
		return method == HttpMethod.GET ? builder : builder.with(csrf());
	}

	/** Refused means 401, 403, or being sent to the login page; anything else got past the security rules. */
	private static boolean allowed(MockHttpServletResponse response) {
		int status = response.getStatus();
		if (status == 401 || status == 403) {
			return false;
		}
		String location = response.getRedirectedUrl();
		return !(status == 302 && location != null && location.endsWith("/masuk"));
	}
}
