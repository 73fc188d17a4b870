package id.warta.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.warta.organization.Role;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** The JSON API walks the same four SOP steps, with the same rules, and explains refusals in Indonesian. */
@WartaTest
class SopApiTests {

	static final byte[] JPEG = id.warta.support.TestFiles.jpeg();

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void materialBecomesAPublicPageThroughTheApiWithFourRoles() throws Exception {
		long storyId = composeThroughApi("Rapat evaluasi PSU " + System.nanoTime());
		String story = mvc.perform(get("/api/v1/stories/{id}", storyId).with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String slug = JsonPath.read(story, "$.current.content.slug");

		mvc.perform(post("/api/v1/stories/{id}/submit", storyId).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()))
			.andExpect(jsonPath("$.state").value("IN_REVIEW"));
		mvc.perform(post("/api/v1/stories/{id}/submit", storyId).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()))
			.andExpect(jsonPath("$.state").value("IN_REVIEW"));
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_entry WHERE action = 'STORY_SUBMITTED' AND object_id = ?", Long.class,
				String.valueOf(storyId))).as("a double submit is one submission").isEqualTo(1);

		mvc.perform(get("/api/v1/stories/queue").with(staff.demo(Role.SCREENER)))
			.andExpect(content().string(containsString("\"id\":" + storyId)));
		mvc.perform(post("/api/v1/stories/{id}/decisions", storyId).with(staff.demo(Role.SCREENER)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"APPROVE\",\"revision\":1}"))
			.andExpect(jsonPath("$.state").value("APPROVED"))
			.andExpect(jsonPath("$.reviews[0].decision").value("APPROVED"));
		mvc.perform(post("/api/v1/stories/{id}/publish", storyId).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()))
			.andExpect(jsonPath("$.state").value("PUBLISHED"));

		mvc.perform(get("/berita/" + slug)).andExpect(status().isOk());
	}

	@Test
	void refusalsComeAsProblemDetailsInIndonesian() throws Exception {
		long storyId = composeThroughApi("Uji penolakan " + System.nanoTime());
		long version = jdbc.queryForObject("SELECT version FROM story WHERE id = ?", Long.class, storyId);

		mvc.perform(put("/api/v1/stories/{id}", storyId).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Judul\",\"slug\":\"judul-uji\",\"version\":" + (version + 5) + "}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.messageKey").value("story.edit.stale"))
			.andExpect(jsonPath("$.detail", containsString("baru saja disimpan orang lain")));

		mvc.perform(put("/api/v1/stories/{id}", storyId).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"\",\"slug\":\"judul-uji\",\"version\":" + version + "}"))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/stories/{id}/submit", storyId).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.messageKey").value("story.title.required"))
			.andExpect(jsonPath("$.detail").value("Judul wajib diisi."));

		mvc.perform(post("/api/v1/stories/{id}/publish", storyId).with(staff.demo(Role.SCREENER)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/stories/{id}", storyId)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/stories/999999999").with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(status().isNotFound());
	}

	@Test
	void withoutASlugTheStorysAddressComesFromItsTitle() throws Exception {
		long storyId = composeThroughApi("Uji alamat " + System.nanoTime());
		long version = jdbc.queryForObject("SELECT version FROM story WHERE id = ?", Long.class, storyId);
		mvc.perform(put("/api/v1/stories/{id}", storyId).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Peresmian Jalan Lingkungan RW 07 " + storyId + "\",\"version\":" + version + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.current.content.slug").value("peresmian-jalan-lingkungan-rw-07-" + storyId));
		mvc.perform(post("/api/v1/stories/{id}/submit", storyId).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("IN_REVIEW"));
	}

	@Test
	void aDisguisedFileIsRefusedWithItsName() throws Exception {
		mvc.perform(multipart("/api/v1/materials")
			.file(new MockMultipartFile("files", "foto.jpg", "image/jpeg", "<html>".getBytes()))
			.with(staff.demo(Role.CONTRIBUTOR))
			.with(csrf())
			.param("title", "Bahan")
			.param("activityAt", "2026-11-20T02:00:00Z"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.messageKey").value("media.rejected.html"))
			.andExpect(jsonPath("$.file").value("foto.jpg"));
	}

	@Test
	void theApiIsDescribedInOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs").with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/stories/{id}/decisions']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/materials']").exists());
		mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
	}

	private long composeThroughApi(String title) throws Exception {
		String material = mvc.perform(multipart("/api/v1/materials")
			.file(new MockMultipartFile("files", "foto.jpg", "image/jpeg", JPEG))
			.with(staff.demo(Role.CONTRIBUTOR))
			.with(csrf())
			.param("title", title)
			.param("description", "Uraian")
			.param("activityAt", "2026-11-20T02:00:00Z")
			.param("captions", "Foto rapat"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.trackingNumber", containsString("BHN-")))
			.andReturn().getResponse().getContentAsString();
		Number materialId = JsonPath.read(material, "$.id");
		String created = mvc.perform(post("/api/v1/stories").with(staff.demo(Role.CONTENT_ADMIN)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"materialIds\":[" + materialId + "],\"type\":\"NEWS\"}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(created, "$.id")).longValue();
	}
}
