package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import id.warta.organization.Role;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The four SOP steps through HTTP with four roles: a contributor sends a photo, the admin composes and submits,
 * a screener approves, the admin publishes, and an anonymous reader sees the page; then tampering and takedown.
 */
@WartaTest
class SopFlowTests {

	static final byte[] JPEG = id.warta.support.TestFiles.jpeg();

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${warta.site.page-cache.fingerprint-check-interval:1s}")
	Duration fingerprintCheckInterval;

	@Test
	void materialBecomesAPublishedPageOnlyThroughEveryStep() throws Exception {
		long unique = System.nanoTime();
		String title = "Peresmian Rusunawa Bekasi Timur " + unique;
		long storyId = composeFromNewMaterial(title);
		String slug = jdbc.queryForObject("SELECT slug FROM story_revision WHERE story_id = ? AND number = 1",
				String.class, storyId);

		// Not public before screening, whatever the address.
		mvc.perform(get("/berita/" + slug)).andExpect(status().isNotFound());
		mvc.perform(post("/redaksi/berita/{id}/terbitkan", storyId).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()))
			.andExpect(flash().attribute("error", "story.publish.notApproved"));

		edit(storyId, title, slug, "Foto peresmian rusunawa oleh Wali Kota");
		mvc.perform(post("/redaksi/berita/{id}/ajukan", storyId).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()))
			.andExpect(flash().attribute("success", "story.submitted"));
		mvc.perform(get("/bahan/saya").with(staff.demo(Role.CONTRIBUTOR)))
			.andExpect(content().string(containsString("Menunggu persetujuan")));

		mvc.perform(get("/penyaringan").with(staff.demo(Role.SCREENER))).andExpect(content().string(containsString(title)));
		mvc.perform(get("/penyaringan/{id}", storyId).with(staff.demo(Role.SCREENER)))
			.andExpect(content().string(containsString("Isi yang disetujui")))
			.andExpect(content().string(containsString("Rusunawa diresmikan https://dpkpp.example/berita")))
			.andExpect(content().string(containsString("BHN-")));
		mvc.perform(post("/penyaringan/{id}/setujui", storyId).with(staff.demo(Role.SCREENER))
			.with(csrf())
			.param("revision", "2")).andExpect(flash().attribute("success", "story.approved"));

		mvc.perform(post("/redaksi/berita/{id}/terbitkan", storyId).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()))
			.andExpect(flash().attribute("success", "story.published"));

		mvc.perform(get("/berita/" + slug))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("Isi yang disetujui")))
			.andExpect(content().string(not(containsString("<script"))));
		Long featured = jdbc.queryForObject("SELECT featured_media_id FROM story_revision WHERE story_id = ? AND number = 2",
				Long.class, storyId);
		mvc.perform(get("/berkas/{id}", featured)).andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		mvc.perform(get("/").param("lang", "id")).andExpect(content().string(containsString(title)));
		mvc.perform(get("/bahan/saya").with(staff.demo(Role.CONTRIBUTOR)))
			.andExpect(content().string(containsString("/berita/" + slug)));
		assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE object_type = 'Story' AND object_id = ? ORDER BY seq",
				String.class, String.valueOf(storyId)))
			.containsExactly("STORY_SUBMITTED", "STORY_APPROVED", "STORY_PUBLISHED");

		// Takedown: the address answers 410 Gone with a short notice.
		mvc.perform(post("/redaksi/berita/{id}/tarik", storyId).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf())
			.param("reason", "Tanggal kegiatan keliru"))
			.andExpect(flash().attribute("success", "story.withdrawn"));
		mvc.perform(get("/berita/" + slug))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("sudah ditarik")));
		mvc.perform(get("/berkas/{id}", featured)).andExpect(status().isNotFound());
	}

	@Test
	void aRevisionChangedInTheDatabaseIsNotServedAndRaisesAnAlert() throws Exception {
		long unique = System.nanoTime();
		String title = "Sosialisasi sertifikat tanah " + unique;
		long storyId = composeFromNewMaterial(title);
		String slug = jdbc.queryForObject("SELECT slug FROM story_revision WHERE story_id = ? AND number = 1",
				String.class, storyId);
		edit(storyId, title, slug, "Warga mengikuti sosialisasi");
		mvc.perform(post("/redaksi/berita/{id}/ajukan", storyId).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()));
		mvc.perform(post("/penyaringan/{id}/setujui", storyId).with(staff.demo(Role.SCREENER)).with(csrf())
			.param("revision", "2"));
		mvc.perform(post("/redaksi/berita/{id}/terbitkan", storyId).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()));
		mvc.perform(get("/berita/" + slug)).andExpect(status().isOk());

		jdbc.update("UPDATE story_revision SET body = ? WHERE story_id = ? AND number = 2",
				"<p>Slot gacor hari ini, daftar sekarang!</p>", storyId);
		// The page cache looks at the stored story at most once per interval: a change shows after it.
		Thread.sleep(fingerprintCheckInterval.toMillis());

		mvc.perform(get("/berita/" + slug))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(not(containsString("gacor"))));
		mvc.perform(get("/")).andExpect(content().string(not(containsString(title))));
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_entry WHERE action = 'PUBLISHED_CONTENT_TAMPERED' AND object_id = ?",
				Long.class, String.valueOf(storyId)))
			.isEqualTo(1);
	}

	@Test
	void someoneWhoEditedARevisionCannotApproveIt() throws Exception {
		String both = staff.create("Dua-peran-satu-orang", Role.CONTENT_ADMIN, Role.SCREENER);
		long storyId = composeFromNewMaterial("Kerja bakti " + System.nanoTime());
		String slug = jdbc.queryForObject("SELECT slug FROM story_revision WHERE story_id = ? AND number = 1",
				String.class, storyId);
		mvc.perform(post("/redaksi/berita/{id}", storyId).with(staff.as(both))
			.with(csrf())
			.param("type", "NEWS")
			.param("title", "Kerja bakti warga")
			.param("slug", slug)
			.param("body", "Isi")
			.param("version", currentVersion(storyId)));
		mvc.perform(post("/redaksi/berita/{id}/ajukan", storyId).with(staff.as(both)).with(csrf()));
		mvc.perform(post("/penyaringan/{id}/setujui", storyId).with(staff.as(both)).with(csrf()).param("revision", "2"))
			.andExpect(flash().attribute("error", "story.review.fourEyes"));
		assertThat(jdbc.queryForObject("SELECT state FROM story WHERE id = ?", String.class, storyId))
			.isEqualTo("IN_REVIEW");
	}

	@Test
	void aSaveOverSomeoneElsesSaveIsRefusedAndKeepsTheText() throws Exception {
		long storyId = composeFromNewMaterial("Rapat RT " + System.nanoTime());
		String slug = jdbc.queryForObject("SELECT slug FROM story_revision WHERE story_id = ? AND number = 1",
				String.class, storyId);
		String stale = currentVersion(storyId);
		edit(storyId, "Rapat RT versi pertama", slug, "");
		mvc.perform(post("/redaksi/berita/{id}", storyId).with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())
			.param("type", "NEWS")
			.param("title", "Teks saya yang belum tersimpan")
			.param("slug", slug)
			.param("body", "Isi")
			.param("version", stale))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("baru saja disimpan orang lain")))
			.andExpect(content().string(containsString("Teks saya yang belum tersimpan")));
	}

	@Test
	void categoriesAndTheGalleryAreChosenInTheEditorFromTheMaterialOnly() throws Exception {
		long storyId = composeFromNewMaterial("Galeri kegiatan " + System.nanoTime());
		String slug = jdbc.queryForObject("SELECT slug FROM story_revision WHERE story_id = ? AND number = 1",
				String.class, storyId);
		mvc.perform(get("/redaksi/berita/{id}", storyId).with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(content().string(containsString("Galeri foto/video dan dokumen lampiran")))
			.andExpect(content().string(containsString("Kategori")));
		Long featured = jdbc.queryForObject("SELECT featured_media_id FROM story_revision WHERE story_id = ? AND number = 1",
				Long.class, storyId);
		long other = composeFromNewMaterial("Bahan cerita lain " + System.nanoTime());
		Long foreign = jdbc.queryForObject(
				"SELECT featured_media_id FROM story_revision WHERE story_id = ? AND number = 1", Long.class, other);
		mvc.perform(post("/redaksi/berita/{id}", storyId).with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())
			.param("type", "NEWS")
			.param("title", "Galeri kegiatan warga")
			.param("slug", slug)
			.param("body", "Isi")
			.param("categories", "Perumahan, Kegiatan")
			.param("gallery", String.valueOf(featured), String.valueOf(foreign))
			.param("version", currentVersion(storyId)));
		var row = jdbc.queryForMap("SELECT categories, gallery_media_ids FROM story_revision WHERE story_id = ? AND number = 2",
				storyId);
		assertThat(row.get("categories")).isEqualTo("Kegiatan\nPerumahan");
		assertThat(row.get("gallery_media_ids")).as("only the story's own files, never another story's")
			.isEqualTo(String.valueOf(featured));
	}

	private long composeFromNewMaterial(String title) throws Exception {
		var sent = mvc.perform(multipart("/bahan/kirim").file(new MockMultipartFile("file0", "foto.jpg", "image/jpeg", JPEG))
			.with(staff.demo(Role.CONTRIBUTOR))
			.with(csrf())
			.param("title", title)
			.param("description", "Rusunawa diresmikan hari ini.\n\nWarga mulai menempati unit.")
			.param("activityDate", "2026-11-20")
			.param("activityTime", "09:00")
			.param("captions[0]", "Peresmian")).andReturn();
		long materialId = Long.parseLong(sent.getResponse().getRedirectedUrl().substring("/bahan/".length()));
		var composed = mvc.perform(post("/redaksi/berita").with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())
			.param("material", String.valueOf(materialId))
			.param("type", "NEWS")).andReturn();
		return Long.parseLong(composed.getResponse().getRedirectedUrl().substring("/redaksi/berita/".length()));
	}

	private void edit(long storyId, String title, String slug, String alt) throws Exception {
		Long featured = jdbc.queryForObject("SELECT featured_media_id FROM story_revision WHERE story_id = ? ORDER BY number DESC LIMIT 1",
				Long.class, storyId);
		mvc.perform(post("/redaksi/berita/{id}", storyId).with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())
			.param("type", "NEWS")
			.param("title", title)
			.param("slug", slug)
			.param("lead", "Ringkasan")
			.param("body", "<p>Isi yang disetujui</p><script>alert(1)</script>")
			.param("featuredMediaId", featured == null ? "" : featured.toString())
			.param("featuredAlt", alt)
			.param("channels", "X")
			.param("texts[X]", "Rusunawa diresmikan https://dpkpp.example/berita")
			.param("version", currentVersion(storyId)))
			.andExpect(status().is3xxRedirection());
	}

	private String currentVersion(long storyId) {
		return String.valueOf(jdbc.queryForObject("SELECT version FROM story WHERE id = ?", Long.class, storyId));
	}
}
