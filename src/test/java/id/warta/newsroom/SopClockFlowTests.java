package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.util.List;

import id.warta.organization.Role;
import id.warta.sop.SopStep;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Every step of an item on the SOP clock, from the activity to publication, and shown where people work. */
@WartaTest
class SopClockFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	StoryFixtures stories;

	@BeforeEach
	void fixtures() {
		stories = new StoryFixtures(mvc, staff, jdbc);
	}

	@Test
	void eachStepStartsAndEndsOnTheClockIncludingReworkAfterAReturn() throws Exception {
		var story = stories.draft("Pembagian sertifikat " + System.nanoTime());
		long materialId = jdbc.queryForObject("SELECT material_id FROM story_source WHERE story_id = ?", Long.class,
				story.id());
		mvc.perform(get("/redaksi/bahan").with(staff.demo(Role.CONTENT_ADMIN)));
		mvc.perform(post("/redaksi/berita/{id}/ajukan", story.id()).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()));
		mvc.perform(post("/redaksi/berita/{id}/ajukan", story.id()).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()));
		mvc.perform(post("/penyaringan/{id}/kembalikan", story.id()).with(staff.demo(Role.SCREENER)).with(csrf())
			.param("revision", "1")
			.param("note", "Tambahkan jumlah penerima"));
		mvc.perform(post("/redaksi/berita/{id}/ajukan", story.id()).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf())
			.param("note", "Jumlah penerima belum diumumkan"));
		mvc.perform(post("/penyaringan/{id}/setujui", story.id()).with(staff.demo(Role.SCREENER)).with(csrf())
			.param("revision", "1"));
		mvc.perform(post("/redaksi/berita/{id}/terbitkan", story.id()).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()));

		assertThat(steps("material", materialId)).containsExactly("SUBMISSION:ended", "EDITING:ended");
		assertThat(steps("story", story.id())).containsExactly("SCREENING:ended", "EDITING:ended", "SCREENING:ended",
				"PUBLISHING:ended");
		mvc.perform(get("/redaksi/berita/{id}", story.id()).with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(content().string(containsString("Waktu per langkah SOP")));
	}

	@Test
	void anApprovedStoryEditedBeforePublicationEndsItsStepFourAndIsApprovedAgain() throws Exception {
		var story = stories.approved("Sertifikat disunting lagi " + System.nanoTime());
		String slug = jdbc.queryForObject("SELECT slug FROM story_revision WHERE story_id = ? AND number = 1",
				String.class, story.id());
		long version = jdbc.queryForObject("SELECT version FROM story WHERE id = ?", Long.class, story.id());
		mvc.perform(post("/redaksi/berita/{id}", story.id()).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf())
			.param("type", "NEWS")
			.param("title", "Sertifikat disunting lagi, jumlah penerima diperbaiki")
			.param("slug", slug)
			.param("body", "Isi yang diperbaiki.")
			.param("version", String.valueOf(version)))
			.andExpect(flash().attribute("success", "story.saved"));
		assertThat(steps("story", story.id())).containsExactly("SCREENING:ended", "PUBLISHING:ended");

		mvc.perform(post("/redaksi/berita/{id}/ajukan", story.id()).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()));
		mvc.perform(post("/penyaringan/{id}/setujui", story.id()).with(staff.demo(Role.SCREENER)).with(csrf())
			.param("revision", "2"))
			.andExpect(flash().attribute("success", "story.approved"));

		assertThat(steps("story", story.id())).containsExactly("SCREENING:ended", "PUBLISHING:ended",
				"SCREENING:ended", "PUBLISHING:running");
	}

	@Test
	void theInboxShowsEachMaterialsEditingClock() throws Exception {
		String title = "Bahan dengan jam SOP " + System.nanoTime();
		stories.draft(title);
		mvc.perform(get("/bahan/saya").with(staff.demo(Role.CONTRIBUTOR))).andExpect(content().string(containsString(title)));
		mvc.perform(get("/redaksi/berita").with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(content().string(containsString("clock")));
	}

	private List<String> steps(String type, long id) {
		return jdbc.query(
				"SELECT step_number, ended_at FROM sop_step_clock WHERE item_type = ? AND item_id = ? ORDER BY id",
				(rs, row) -> SopStep.ofNumber(rs.getInt(1)).name()
						+ (rs.getObject(2) == null ? ":running" : ":ended"), type, id);
	}
}
