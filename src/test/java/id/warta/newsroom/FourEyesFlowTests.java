package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.warta.organization.Role;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The ways around four eyes that were found, through the pages people use: each one is refused, and the story
 * still reaches the public through a second person. Also: submitting never drops typed edits.
 */
@WartaTest
class FourEyesFlowTests {

	static final String PASSWORD = "Dua-peran-satu-orang-77";

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
	void anAccountThatWritesAndScreensCannotApproveItsOwnStoryAfterAReturnAndAnUnchangedResubmission()
			throws Exception {
		String both = staff.create(PASSWORD, Role.CONTENT_ADMIN, Role.SCREENER);
		long id = stories.draft("Kerja bakti " + System.nanoTime()).id();
		edit(id, staff.as(both), "Kerja bakti warga RW 05");
		mvc.perform(post("/redaksi/berita/{id}/ajukan", id).with(staff.as(both)).with(csrf()))
			.andExpect(flash().attribute("success", "story.submitted"));
		mvc.perform(decision(id, "kembalikan", staff.demo(Role.SCREENER)).param("note", "Tambahkan lokasi"))
			.andExpect(flash().attribute("success", "story.returned"));
		mvc.perform(post("/redaksi/berita/{id}/ajukan", id).with(staff.as(both)).with(csrf())
			.param("note", "Lokasi sudah di judul"))
			.andExpect(flash().attribute("success", "story.submitted"));

		mvc.perform(decision(id, "setujui", staff.as(both)))
			.andExpect(flash().attribute("error", "story.review.fourEyes"));
		assertThat(state(id)).isEqualTo("IN_REVIEW");
		mvc.perform(get("/penyaringan").with(staff.as(both)))
			.andExpect(content().string(containsString("Bukan untuk Anda setujui")));
		mvc.perform(get("/penyaringan/{id}", id).with(staff.as(both)))
			.andExpect(content().string(containsString("Anda tidak dapat menyetujui berita ini")))
			.andExpect(content().string(not(containsString("/setujui"))));

		mvc.perform(decision(id, "setujui", staff.demo(Role.SCREENER)))
			.andExpect(flash().attribute("success", "story.approved"));
		assertThat(state(id)).isEqualTo("APPROVED");
	}

	@Test
	void aScreenerRoleAddedAfterWritingDoesNotLetTheAuthorApprove() throws Exception {
		String writer = staff.create(PASSWORD, Role.CONTENT_ADMIN);
		long id = stories.draft("Rapat koordinasi " + System.nanoTime()).id();
		edit(id, staff.as(writer), "Rapat koordinasi perumahan");
		mvc.perform(post("/redaksi/berita/{id}/ajukan", id).with(staff.as(writer)).with(csrf()));
		mvc.perform(decision(id, "kembalikan", staff.demo(Role.SCREENER)).param("note", "Perjelas hasil rapat"));
		mvc.perform(post("/redaksi/berita/{id}/ajukan", id).with(staff.as(writer)).with(csrf())
			.param("note", "Hasil rapat belum diumumkan"));
		jdbc.update("INSERT INTO staff_role (staff_id, role) VALUES (?, 'SCREENER')", staff.idOf(writer));

		mvc.perform(decision(id, "setujui", staff.as(writer)))
			.andExpect(flash().attribute("error", "story.review.fourEyes"));
		assertThat(state(id)).isEqualTo("IN_REVIEW");
	}

	@Test
	void aScreenerWhoEditedAndWasReturnedMayNotApproveTheLaterRevision() throws Exception {
		String both = staff.create(PASSWORD, Role.CONTENT_ADMIN, Role.SCREENER);
		long id = stories.draft("Pasar murah " + System.nanoTime()).id();
		edit(id, staff.as(both), "Pasar murah, suntingan penyaring");
		mvc.perform(post("/redaksi/berita/{id}/ajukan", id).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()));
		mvc.perform(decision(id, "kembalikan", staff.demo(Role.SCREENER)).param("note", "Tambah jadwal"));
		edit(id, staff.demo(Role.CONTENT_ADMIN), "Pasar murah Sabtu ini");
		mvc.perform(post("/redaksi/berita/{id}/ajukan", id).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()));

		mvc.perform(decision(id, "setujui", staff.as(both)))
			.andExpect(flash().attribute("error", "story.review.fourEyes"));
		assertThat(state(id)).isEqualTo("IN_REVIEW");
	}

	@Test
	void returnResubmitUnchangedWithANoteReturnAgainThenApprove() throws Exception {
		long id = stories.draft("Sosialisasi " + System.nanoTime()).id();
		mvc.perform(post("/redaksi/berita/{id}/ajukan", id).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()));
		mvc.perform(decision(id, "kembalikan", staff.demo(Role.SCREENER)).param("note", "Judul kurang jelas"))
			.andExpect(flash().attribute("success", "story.returned"));

		mvc.perform(post("/redaksi/berita/{id}/ajukan", id).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()))
			.andExpect(flash().attribute("error", "story.submit.unchangedNeedsNote"));
		assertThat(state(id)).isEqualTo("RETURNED");
		mvc.perform(get("/redaksi/berita/{id}", id).with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(content().string(containsString("Catatan untuk penyaring")));

		mvc.perform(post("/redaksi/berita/{id}/ajukan", id).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf())
			.param("note", "Judul mengikuti surat undangan"))
			.andExpect(flash().attribute("success", "story.submitted"));
		assertThat(state(id)).isEqualTo("IN_REVIEW");
		mvc.perform(get("/penyaringan/{id}", id).with(staff.demo(Role.SCREENER)))
			.andExpect(content().string(containsString("Judul mengikuti surat undangan")));
		assertThat(jdbc.queryForObject("SELECT details FROM audit_entry WHERE action = 'STORY_SUBMITTED' "
				+ "AND object_id = ? ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY", String.class, String.valueOf(id)))
			.contains("Judul mengikuti surat undangan");

		// The same screener returns the same revision again: a new round, so it is a decision, not a repeat.
		mvc.perform(decision(id, "kembalikan", staff.demo(Role.SCREENER)).param("note", "Tetap kurang jelas"))
			.andExpect(flash().attribute("success", "story.returned"));
		assertThat(state(id)).isEqualTo("RETURNED");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review WHERE story_id = ? AND decision = 'RETURNED'",
				Long.class, id)).isEqualTo(2);

		edit(id, staff.demo(Role.CONTENT_ADMIN), "Sosialisasi sertifikat tanah gratis");
		mvc.perform(post("/redaksi/berita/{id}/ajukan", id).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()))
			.andExpect(flash().attribute("success", "story.submitted"));
		mvc.perform(decision(id, "setujui", staff.demo(Role.SCREENER)))
			.andExpect(flash().attribute("success", "story.approved"));
		assertThat(state(id)).isEqualTo("APPROVED");
	}

	@Test
	void submittingWithUnsavedEditsSavesThemFirst() throws Exception {
		var made = stories.draft("Bedah rumah " + System.nanoTime());
		mvc.perform(post("/redaksi/berita/{id}/ajukan", made.id()).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf())
			.param("type", "NEWS")
			.param("title", "Bedah rumah: judul yang belum disimpan")
			.param("slug", made.slug())
			.param("body", "Isi yang belum disimpan")
			.param("version", version(made.id())))
			.andExpect(flash().attribute("success", "story.submitted"));
		assertThat(state(made.id())).isEqualTo("IN_REVIEW");
		assertThat(jdbc.queryForObject("SELECT title FROM story_revision WHERE story_id = ? ORDER BY number DESC "
				+ "FETCH FIRST 1 ROWS ONLY", String.class, made.id()))
			.isEqualTo("Bedah rumah: judul yang belum disimpan");
	}

	@Test
	void aSubmissionWhoseEditsCannotBeSavedKeepsThemAndSaysWhy() throws Exception {
		var made = stories.draft("Bantuan stimulan " + System.nanoTime());
		String stale = version(made.id());
		edit(made.id(), staff.demo(Role.CONTENT_ADMIN), "Bantuan stimulan, disimpan orang lain");
		mvc.perform(post("/redaksi/berita/{id}/ajukan", made.id()).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf())
			.param("type", "NEWS")
			.param("title", "Teks saya yang belum tersimpan")
			.param("slug", made.slug())
			.param("body", "Isi")
			.param("version", stale))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("baru saja disimpan orang lain")))
			.andExpect(content().string(containsString("Teks saya yang belum tersimpan")));
		assertThat(state(made.id())).isEqualTo("DRAFT");
	}

	@Test
	void whenTheAgencySaysSoTheApproverMayNotPublish() throws Exception {
		String both = staff.create(PASSWORD, Role.CONTENT_ADMIN, Role.SCREENER);
		long id = stories.draft("Penyerahan kunci " + System.nanoTime()).id();
		mvc.perform(post("/redaksi/berita/{id}/ajukan", id).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()));
		mvc.perform(decision(id, "setujui", staff.as(both)))
			.andExpect(flash().attribute("success", "story.approved"));
		mvc.perform(get("/admin/instansi").with(staff.demo(Role.SYSTEM_ADMIN)))
			.andExpect(content().string(containsString("tidak boleh menerbitkannya sendiri")));
		mvc.perform(post("/admin/instansi/aturan").with(staff.demo(Role.SYSTEM_ADMIN)).with(csrf())
			.param("approverMayNotPublish", "true"))
			.andExpect(flash().attribute("success", "agency.rules.updated"));
		try {
			mvc.perform(post("/redaksi/berita/{id}/terbitkan", id).with(staff.as(both)).with(csrf()))
				.andExpect(flash().attribute("error", "story.publish.fourEyes"));
			mvc.perform(post("/redaksi/berita/{id}/jadwalkan", id).with(staff.as(both)).with(csrf())
				.param("at", "2099-01-01T09:00"))
				.andExpect(flash().attribute("error", "story.publish.fourEyes"));
			assertThat(state(id)).isEqualTo("APPROVED");
			mvc.perform(post("/redaksi/berita/{id}/terbitkan", id).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()))
				.andExpect(flash().attribute("success", "story.published"));
		}
		finally {
			mvc.perform(post("/admin/instansi/aturan").with(staff.demo(Role.SYSTEM_ADMIN)).with(csrf()));
		}
		assertThat(jdbc.queryForObject("SELECT approver_may_not_publish FROM agency WHERE id = (SELECT MIN(id) FROM agency)",
				Boolean.class)).as("switched off again by the unticked box").isFalse();
	}

	@Test
	void theAccountPageWarnsWhenOneAccountWritesAndScreens() throws Exception {
		String both = staff.create(PASSWORD, Role.CONTENT_ADMIN, Role.SCREENER);
		String screener = staff.create(PASSWORD, Role.SCREENER);
		mvc.perform(get("/admin/akun/{id}", staff.idOf(both)).with(staff.demo(Role.SYSTEM_ADMIN)))
			.andExpect(content().string(containsString("Admin Konten sekaligus Penyaring")));
		mvc.perform(get("/admin/akun/{id}", staff.idOf(screener)).with(staff.demo(Role.SYSTEM_ADMIN)))
			.andExpect(content().string(not(containsString("Admin Konten sekaligus Penyaring"))));
	}

	private MockHttpServletRequestBuilder decision(long id, String action, RequestPostProcessor who) {
		return post("/penyaringan/{id}/" + action, id).with(who).with(csrf()).param("revision", currentRevision(id));
	}

	private String currentRevision(long id) {
		return String.valueOf(jdbc.queryForObject("SELECT MAX(number) FROM story_revision WHERE story_id = ?",
				Integer.class, id));
	}

	private void edit(long id, RequestPostProcessor who, String title) throws Exception {
		String slug = jdbc.queryForObject("SELECT slug FROM story_revision WHERE story_id = ? AND number = 1",
				String.class, id);
		mvc.perform(post("/redaksi/berita/{id}", id).with(who).with(csrf())
			.param("type", "NEWS")
			.param("title", title)
			.param("slug", slug)
			.param("body", "Isi " + title)
			.param("version", version(id)))
			.andExpect(flash().attribute("success", "story.saved"));
	}

	private String version(long id) {
		return String.valueOf(jdbc.queryForObject("SELECT version FROM story WHERE id = ?", Long.class, id));
	}

	private String state(long id) {
		return jdbc.queryForObject("SELECT state FROM story WHERE id = ?", String.class, id);
	}
}
