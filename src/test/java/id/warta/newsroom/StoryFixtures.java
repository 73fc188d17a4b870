package id.warta.newsroom;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.warta.organization.Role;
import id.warta.support.Staff;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Stories brought to a given SOP step through the same HTTP requests people make. */
class StoryFixtures {

	static final byte[] JPEG = id.warta.support.TestFiles.jpeg();

	record Made(long id, String slug) {
	}

	private final MockMvc mvc;
	private final Staff staff;
	private final JdbcTemplate jdbc;

	StoryFixtures(MockMvc mvc, Staff staff, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.staff = staff;
		this.jdbc = jdbc;
	}

	Made draft(String title) throws Exception {
		return draft(title, new MockMultipartFile[0]);
	}

	/** With more files in its material after the photo, named {@code file1}, {@code file2}, … */
	Made draft(String title, MockMultipartFile... more) throws Exception {
		var upload = multipart("/bahan/kirim").file(new MockMultipartFile("file0", "foto.jpg", "image/jpeg", JPEG));
		for (MockMultipartFile file : more) {
			upload.file(file);
		}
		var sent = mvc.perform(upload
			.with(staff.demo(Role.CONTRIBUTOR))
			.with(csrf())
			.param("title", title)
			.param("description", "Uraian kegiatan.")
			.param("activityDate", "2026-11-20")
			.param("captions[0]", "Foto kegiatan")).andReturn();
		long materialId = Long.parseLong(sent.getResponse().getRedirectedUrl().substring("/bahan/".length()));
		var composed = mvc.perform(post("/redaksi/berita").with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())
			.param("material", String.valueOf(materialId))).andReturn();
		long id = Long.parseLong(composed.getResponse().getRedirectedUrl().substring("/redaksi/berita/".length()));
		return new Made(id, jdbc.queryForObject("SELECT slug FROM story_revision WHERE story_id = ? AND number = 1",
				String.class, id));
	}

	Made approved(String title) throws Exception {
		Made story = draft(title);
		mvc.perform(post("/redaksi/berita/{id}/ajukan", story.id()).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()));
		mvc.perform(post("/penyaringan/{id}/setujui", story.id()).with(staff.demo(Role.SCREENER))
			.with(csrf())
			.param("revision", "1"));
		return story;
	}
}
