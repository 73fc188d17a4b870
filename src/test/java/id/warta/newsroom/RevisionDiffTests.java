package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.warta.media.MediaLibrary;
import id.warta.newsroom.internal.RevisionDiff;
import id.warta.newsroom.internal.RevisionDiff.Kind;
import id.warta.newsroom.internal.StoryContent;
import id.warta.organization.Role;
import id.warta.support.Staff;
import id.warta.support.TestFiles;
import id.warta.support.WartaTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WartaTest
class RevisionDiffTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MediaLibrary media;

	@Test
	void onlyChangedTextsAppearAsTheWordsAddedAndRemovedNeverAsHtml() {
		var before = storyContent("Judul lama", "<p>Paragraf satu</p><p>Paragraf <em>dua</em></p>");
		var after = storyContent("Judul baru", "<p>Paragraf satu</p><p>Paragraf tiga</p>");

		var diff = RevisionDiff.between(before, after);

		assertThat(diff.fields()).extracting(RevisionDiff.Field::labelKey).containsExactly("story.title", "story.body");
		assertThat(diff.fields().get(0).parts()).extracting(RevisionDiff.Part::kind, RevisionDiff.Part::text)
			.containsExactly(tuple(Kind.SAME, "Judul"), tuple(Kind.REMOVED, "lama"), tuple(Kind.ADDED, "baru"));
		assertThat(diff.fields().get(1).parts()).extracting(RevisionDiff.Part::kind, RevisionDiff.Part::text)
			.containsExactly(tuple(Kind.SAME, "Paragraf satu\nParagraf"), tuple(Kind.REMOVED, "dua"),
					tuple(Kind.ADDED, "tiga"));
	}

	@Test
	void mediaAndChannelsAddedAndRemovedAreNamed() {
		var before = new StoryContent("Judul", "judul", "", "<p>Isi</p>", List.of(), 1L, "Foto", List.of(2L),
				List.of(), Map.of(Channel.FACEBOOK, "Teks lama"), Set.of(Channel.FACEBOOK, Channel.X));
		var after = new StoryContent("Judul", "judul", "", "<p>Isi</p>", List.of(), 1L, "Foto", List.of(3L),
				List.of(4L), Map.of(Channel.FACEBOOK, "Teks baru"), Set.of(Channel.FACEBOOK, Channel.TELEGRAM));

		var diff = RevisionDiff.between(before, after);

		assertThat(diff.mediaAdded()).containsExactly(3L, 4L);
		assertThat(diff.mediaRemoved()).containsExactly(2L);
		assertThat(diff.channelsAdded()).containsExactly(Channel.TELEGRAM);
		assertThat(diff.channelsRemoved()).containsExactly(Channel.X);
		assertThat(diff.fields()).extracting(RevisionDiff.Field::labelKey).containsExactly("channel.FACEBOOK");
	}

	@Test
	void theAdminComparesAnyTwoRevisions() throws Exception {
		var story = new StoryFixtures(mvc, staff, jdbc).draft("Banjir Kali Bekasi " + System.nanoTime());
		Long version = jdbc.queryForObject("SELECT version FROM story WHERE id = ?", Long.class, story.id());
		mvc.perform(post("/redaksi/berita/{id}", story.id()).with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())
			.param("type", "NEWS")
			.param("title", "Penanganan banjir Kali Bekasi")
			.param("slug", story.slug())
			.param("body", "Petugas membersihkan saluran.")
			.param("version", String.valueOf(version)));

		var page = page("/redaksi/berita/" + story.id() + "/beda?dari=1&ke=2", Role.CONTENT_ADMIN);

		assertThat(page.select("h1").text()).isEqualTo("Perbedaan revisi 1 dan 2");
		assertThat(page.select("ins.diff-added").eachText()).contains("Penanganan banjir");
		assertThat(page.select("del.diff-removed").eachText()).contains("Banjir");
	}

	@Test
	void theScreenerSeesWhatChangedSinceTheRevisionTheyReturned() throws Exception {
		var story = new StoryFixtures(mvc, staff, jdbc).draft("Pasar murah Bekasi Timur " + System.nanoTime());
		mvc.perform(post("/redaksi/berita/{id}/ajukan", story.id()).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()));
		mvc.perform(post("/penyaringan/{id}/kembalikan", story.id()).with(staff.demo(Role.SCREENER))
			.with(csrf())
			.param("revision", "1")
			.param("note", "Tambahkan jadwal dan lampiran."))
			.andExpect(status().is3xxRedirection());
		String schedule = "jadwal-" + story.id() + ".pdf";
		long document = media.store(new ByteArrayInputStream(TestFiles.pdf("Jadwal pasar murah")), schedule,
				uploader(), null).id();
		var draft = new PublishedStoryFixtures.Story(story.id(), story.slug(), "/berita/" + story.slug());
		new PublishedStoryFixtures(mvc, staff, jdbc).edit(draft, content -> {
			content.put("title", "Pasar murah digelar di Bekasi Timur");
			content.put("body", "<p>Pasar murah digelar <strong>Sabtu pagi</strong> di lapangan kecamatan.</p>");
			content.putArray("documentMediaIds").add(document);
			content.putArray("galleryMediaIds");
			content.putArray("channels").add("FACEBOOK");
			content.putObject("channelTexts").put("FACEBOOK", "Datang ke pasar murah Sabtu pagi!");
		});
		mvc.perform(post("/redaksi/berita/{id}/ajukan", story.id()).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()));

		var review = page("/penyaringan/" + story.id(), Role.SCREENER);
		var changes = review.selectFirst("section[aria-labelledby=h-changes]");
		assertThat(changes.selectFirst("h2").text()).contains("sejak revisi 1").contains("revisi 2");
		assertThat(changes.select("ins.diff-added").eachText()).contains("digelar di",
				"Datang ke pasar murah Sabtu pagi!");
		assertThat(changes.select("del.diff-removed").eachText()).contains("Uraian kegiatan.");
		assertThat(changes.select("h3").eachText()).contains("Judul", "Isi berita", "Facebook");
		assertThat(changes.select(".diff-media li.diff-added").text()).contains(schedule);
		assertThat(changes.select(".diff-media li.diff-added").eachText()).anyMatch(line -> line.contains("Facebook"));
		assertThat(changes.html()).doesNotContain("&lt;p&gt;").doesNotContain("&lt;strong");

		var comparison = page("/penyaringan/" + story.id() + "/beda?dari=1&ke=2", Role.SCREENER);
		assertThat(comparison.select("ins.diff-added").eachText()).anyMatch(words -> words.contains("Sabtu pagi"));
		assertThat(comparison.select(".diff-media").text()).contains(schedule);
	}

	private Document page(String path, Role role) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(staff.demo(role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private long uploader() {
		return staff.idOf(Staff.demoUsername(Role.CONTENT_ADMIN));
	}

	private static StoryContent storyContent(String title, String body) {
		return new StoryContent(title, "judul", "", body, List.of(), null, null, List.of(), List.of(), Map.of(),
				Set.of());
	}
}
