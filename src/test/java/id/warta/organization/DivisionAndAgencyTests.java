package id.warta.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Divisions and the agency profile, for the system administrator and nobody else. */
@WartaTest
class DivisionAndAgencyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDemoAgencyHasItsEightDivisions() throws Exception {
		mvc.perform(get("/admin/bidang").with(staff.demo(Role.SYSTEM_ADMIN)))
			.andExpect(content().string(containsString("Bidang Prasarana, Sarana dan Utilitas")))
			.andExpect(content().string(containsString("UPTD Pengelolaan Air Limbah Domestik")));
	}

	@Test
	void aDivisionIsCreatedWithAReadableSlugAndRenamed() throws Exception {
		String name = "UPTD Uji Coba " + System.nanoTime();
		mvc.perform(post("/admin/bidang").with(staff.demo(Role.SYSTEM_ADMIN)).with(csrf()).param("name", name)
			.param("version", "0")).andExpect(redirectedUrl("/admin/bidang"));
		var row = jdbc.queryForMap("SELECT id, slug, version FROM division WHERE name = ?", name);
		assertThat((String) row.get("slug")).startsWith("uptd-uji-coba-");

		mvc.perform(post("/admin/bidang/{id}", row.get("id")).with(staff.demo(Role.SYSTEM_ADMIN))
			.with(csrf())
			.param("name", name + " Baru")
			.param("active", "true")
			.param("version", String.valueOf(row.get("version")))).andExpect(redirectedUrl("/admin/bidang"));
		assertThat(jdbc.queryForObject("SELECT name FROM division WHERE id = ?", String.class, row.get("id")))
			.isEqualTo(name + " Baru");
	}

	@Test
	void aDuplicateDivisionNameIsRefused() throws Exception {
		mvc.perform(post("/admin/bidang").with(staff.demo(Role.SYSTEM_ADMIN)).with(csrf())
			.param("name", "bidang perumahan")
			.param("version", "0")).andExpect(content().string(containsString("Sudah ada bidang dengan nama ini")));
	}

	@Test
	void aUserWhoDoesNotAdministerDivisionsCannotEditOneAndNothingChanges() throws Exception {
		long id = staff.divisionId("bidang-perumahan");
		for (Role role : new Role[] { Role.CONTRIBUTOR, Role.CONTENT_ADMIN, Role.SCREENER }) {
			mvc.perform(post("/admin/bidang/{id}", id).with(staff.demo(role))
				.with(csrf())
				.param("name", "Diambil alih")
				.param("version", "0")).andExpect(status().isForbidden());
		}
		assertThat(jdbc.queryForObject("SELECT name FROM division WHERE id = ?", String.class, id))
			.isEqualTo("Bidang Perumahan");
	}

	@Test
	void aDisguisedLogoIsRefusedByItsContentAndARealOneIsServedSafely() throws Exception {
		var script = new MockMultipartFile("logo", "logo.png", "image/png",
				"<svg onload=alert(1)></svg>".getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/admin/instansi/logo").file(script).with(staff.demo(Role.SYSTEM_ADMIN)).with(csrf()))
			.andExpect(flash().attribute("error", "agency.logo.type"));

		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0 };
		mvc.perform(multipart("/admin/instansi/logo").file(new MockMultipartFile("logo", "logo.txt", "text/plain", png))
			.with(staff.demo(Role.SYSTEM_ADMIN))
			.with(csrf())).andExpect(flash().attribute("success", "agency.logo.updated"));
		mvc.perform(get("/logo"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void socialLinksMustBeHttps() throws Exception {
		mvc.perform(post("/admin/instansi").with(staff.demo(Role.SYSTEM_ADMIN))
			.with(csrf())
			.param("name", "Dinas Uji")
			.param("shortName", "DU")
			.param("socialFACEBOOK", "javascript:alert(1)"))
			.andExpect(content().string(containsString("harus diawali https://")));
	}
}
