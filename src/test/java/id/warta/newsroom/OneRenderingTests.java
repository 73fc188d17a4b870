package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;

import id.warta.media.MediaLibrary;
import id.warta.media.internal.MediaProcessingWorker;
import id.warta.organization.Role;
import id.warta.support.Staff;
import id.warta.support.TestFiles;
import id.warta.support.WartaTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the screener approves is what the public sees: the review, the editor's preview and the public page render
 * a revision with one fragment; only the media addresses differ (staff addresses before publication).
 */
@WartaTest
class OneRenderingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MediaLibrary media;

	@Autowired
	MediaProcessingWorker worker;

	/** A published story with a featured picture, a video and a recording in its gallery, and a PDF to download. */
	record Shown(PublishedStoryFixtures.Story story, long video, long audio, long document) {
	}

	@Test
	void theReviewShowsExactlyTheArticleThePublicPageShows() throws Exception {
		Shown shown = publishedWithEveryKindOfMedia();

		String published = article(shown.story().path(), null);
		String reviewed = article("/penyaringan/" + shown.story().id(), staff.demo(Role.SCREENER));

		assertThat(reviewed).contains("/media/lihat/").doesNotContain("/berkas/");
		assertThat(reviewed.replace("/media/lihat/", "/berkas/")).isEqualTo(published);
		assertThat(published).contains("<video", "/berkas/" + shown.video(), "<audio", "/berkas/" + shown.audio(),
				"srcset=", "sizes=", "laporan-" + shown.story().id() + ".pdf", "PDF, ");
	}

	@Test
	void thePreviewShowsAVideoAsVideoAndADocumentByItsName() throws Exception {
		Shown shown = publishedWithEveryKindOfMedia();

		var preview = Jsoup.parse(mvc.perform(get("/redaksi/berita/{id}", shown.story().id())
			.with(staff.demo(Role.CONTENT_ADMIN))).andReturn().getResponse().getContentAsString());

		var article = preview.selectFirst("section.preview article.article");
		assertThat(article.select("video").attr("src")).isEqualTo("/media/lihat/" + shown.video());
		assertThat(article.select("audio").attr("src")).isEqualTo("/media/lihat/" + shown.audio());
		assertThat(article.select("a[download]").text()).isEqualTo("laporan-" + shown.story().id() + ".pdf");
		assertThat(article.select("img").eachAttr("src")).noneMatch(src -> src.endsWith("/" + shown.video()));
	}

	@Test
	void staffFetchWhatThePublicWillSeeWithItsRecognisedTypeAndNothingMore() throws Exception {
		Shown shown = publishedWithEveryKindOfMedia();
		var renditions = media.renditions(jdbc.queryForObject(
				"SELECT featured_media_id FROM story_revision WHERE story_id = ? AND number = 1", Long.class,
				shown.story().id()));
		var width = renditions.stream().filter(r -> r.name().startsWith("w")).findFirst().orElseThrow(
				() -> new AssertionError(renditions));

		mvc.perform(get("/media/lihat/{id}", shown.document()).with(staff.demo(Role.SCREENER)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
		mvc.perform(get("/media/lihat/{id}/{version}/{name}", width.mediaId(), width.version(), width.name())
			.with(staff.demo(Role.SCREENER)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", width.contentType()));
		mvc.perform(get("/media/lihat/{id}", shown.document()).with(staff.demo(Role.CONTRIBUTOR)))
			.andExpect(status().isForbidden());
	}

	private String article(String path, RequestPostProcessor who) throws Exception {
		var request = get(path);
		if (who != null) {
			request.with(who);
		}
		String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return Jsoup.parse(html).selectFirst("article.article").outerHtml();
	}

	private Shown publishedWithEveryKindOfMedia() throws Exception {
		var fixtures = new PublishedStoryFixtures(mvc, staff, jdbc);
		var made = new StoryFixtures(mvc, staff, jdbc).draft("Sosialisasi tata ruang " + System.nanoTime());
		var story = new PublishedStoryFixtures.Story(made.id(), made.slug(), "/berita/" + made.slug());
		long uploader = staff.idOf(Staff.demoUsername(Role.CONTENT_ADMIN));
		long video = media.store(new ByteArrayInputStream(TestFiles.mp4Noise(32_000, made.id())),
				"rapat-" + made.id() + ".mp4", uploader, null).id();
		long audio = media.store(new ByteArrayInputStream(mp3Noise(made.id())), "wawancara-" + made.id() + ".mp3",
				uploader, null).id();
		long document = media.store(new ByteArrayInputStream(TestFiles.pdf("Laporan " + made.id())),
				"laporan-" + made.id() + ".pdf", uploader, null).id();
		long featured = jdbc.queryForObject(
				"SELECT featured_media_id FROM story_revision WHERE story_id = ? AND number = 1", Long.class, made.id());
		processed(featured, video, audio, document);
		fixtures.revise(story, content -> {
			content.put("lead", "Warga diajak membaca rencana tata ruang.");
			content.put("body", "<p>Sosialisasi diadakan di <strong>aula</strong>.</p>");
			var gallery = (tools.jackson.databind.node.ArrayNode) content.get("galleryMediaIds");
			gallery.add(video);
			gallery.add(audio);
			content.putArray("documentMediaIds").add(document);
		});
		return new Shown(story, video, audio, document);
	}

	/** Renditions are made in the background: the pages are compared once every item is done. */
	private void processed(long... ids) {
		for (long id : ids) {
			worker.processNow(id);
			org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> !List
				.of("PENDING", "PROCESSING")
				.contains(jdbc.queryForObject("SELECT processing_status FROM media_asset WHERE id = ?", String.class, id)));
		}
	}

	/** An ID3 tag followed by noise: recognised as an MP3 recording by its content. */
	private static byte[] mp3Noise(long seed) {
		byte[] bytes = new byte[16_000];
		new java.util.Random(seed).nextBytes(bytes);
		byte[] id3 = { 'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0 };
		System.arraycopy(id3, 0, bytes, 0, id3.length);
		return bytes;
	}
}
