package id.warta.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import id.warta.organization.Role;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** Headers, language, forms with a stale token, and the operational endpoints. */
@WartaTest
class WebShellTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Test
	void everyPageCarriesTheSecurityHeaders() throws Exception {
		mvc.perform(get("/masuk"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	@Test
	void staffPagesRefuseCameraMicrophoneLocationAndPayment() throws Exception {
		for (RequestBuilder page : new RequestBuilder[] { get("/masuk"),
				get("/kantor").with(staff.demo(Role.CONTENT_ADMIN)),
				get("/admin/bidang").with(staff.demo(Role.SYSTEM_ADMIN)) }) {
			mvc.perform(page)
				.andExpect(status().isOk())
				.andExpect(header().string("Permissions-Policy", containsString("camera=()")))
				.andExpect(header().string("Permissions-Policy", containsString("microphone=()")))
				.andExpect(header().string("Permissions-Policy", containsString("geolocation=()")))
				.andExpect(header().string("Permissions-Policy", containsString("payment=()")));
		}
	}

	@Test
	void strictTransportSecurityIsSentOnlyOverHttps() throws Exception {
		mvc.perform(get("/masuk").secure(true))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
	}

	@Test
	void pagesAreIndonesianByDefaultAndEnglishOnRequest() throws Exception {
		mvc.perform(get("/masuk"))
			.andExpect(content().string(containsString("<html lang=\"id\">")))
			.andExpect(content().string(containsString("Nama pengguna")));
		var english = mvc.perform(get("/masuk").param("lang", "en"))
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("Username")))
			.andReturn();
		// The choice is remembered.
		mvc.perform(get("/masuk").cookie(english.getResponse().getCookies()))
			.andExpect(content().string(containsString("Username")));
	}

	@Test
	void aFormWithAStaleTokenChangesNothingAndSaysWhatToDo() throws Exception {
		String divisionName = "Bidang Tanpa Token " + System.nanoTime();
		mvc.perform(post("/admin/bidang").with(staff.demo(Role.SYSTEM_ADMIN))
			.with(SecurityMockMvcRequestPostProcessors.csrf().useInvalidToken())
			.param("name", divisionName)
			.param("version", "0"))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/formulir-kedaluwarsa"));
		mvc.perform(get("/formulir-kedaluwarsa"))
			.andExpect(content().string(containsString("Formulir kedaluwarsa")))
			.andExpect(content().string(containsString("tidak ada yang diubah")));
		mvc.perform(get("/admin/bidang").with(staff.demo(Role.SYSTEM_ADMIN)))
			.andExpect(content().string(not(containsString(divisionName))));
	}

	@Test
	void aWrongRoleIsToldInIndonesianThatNothingChanged() throws Exception {
		mvc.perform(get("/admin/bidang/1").with(staff.demo(Role.CONTRIBUTOR)))
			.andExpect(status().isForbidden());
		// The forwarded error page is rendered by the container; check it directly.
		mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 403)
			.accept("text/html"))
			.andExpect(content().string(containsString("Akses ditolak")))
			.andExpect(content().string(containsString("Tidak ada yang diubah")));
	}

	@Test
	void healthIsPublicAndDetailedOnlyForTheSystemAdministrator() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		mvc.perform(get("/actuator/health").with(staff.demo(Role.SYSTEM_ADMIN)))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.diskSpace.status").value("UP"));
	}

	@Test
	void infoTellsTheVersion() throws Exception {
		mvc.perform(get("/actuator/info")).andExpect(status().isOk()).andExpect(jsonPath("$.build.version").exists());
	}

	@Test
	void metricsNeedTheAdministratorOrTheToken() throws Exception {
		mvc.perform(get("/actuator/prometheus").with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, "Bearer salah"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, "Bearer test-metrics-token"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
		mvc.perform(get("/actuator/prometheus").with(staff.demo(Role.SYSTEM_ADMIN))).andExpect(status().isOk());
	}
}
