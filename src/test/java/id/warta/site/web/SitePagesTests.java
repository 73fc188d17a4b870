package id.warta.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;

import id.warta.media.MediaLibrary;
import id.warta.newsroom.PublishedStoryFixtures;
import id.warta.newsroom.StoryType;
import id.warta.organization.Role;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Every kind of public page renders from published revisions, and nothing else is reachable from them. */
@WartaTest
class SitePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MediaLibrary media;

	PublishedStoryFixtures stories;

	@BeforeEach
	void fixtures() {
		stories = new PublishedStoryFixtures(mvc, staff, jdbc);
	}

	@Test
	void everySectionListsItsPublishedStoriesAndNothingUnpublished() throws Exception {
		long unique = System.nanoTime();
		var news = stories.published("Berita bagian " + unique, StoryType.NEWS, "bidang-perumahan");
		var notice = stories.published("Pengumuman bagian " + unique, StoryType.ANNOUNCEMENT, "sekretariat");
		var gallery = stories.published("Galeri bagian " + unique, StoryType.GALLERY, "sekretariat");
		var approved = stories.approved("Disetujui belum terbit " + unique, StoryType.NEWS, "sekretariat");
		var returned = stories.returned("Dikembalikan " + unique, StoryType.NEWS);
		var rejected = stories.rejected("Ditolak " + unique, StoryType.NEWS);
		var withdrawn = stories.published("Ditarik bagian " + unique, StoryType.NEWS, "sekretariat");
		stories.withdraw(withdrawn);

		assertThat(links("/berita")).contains(news.path()).doesNotContain(notice.path());
		assertThat(links("/pengumuman")).contains(notice.path()).doesNotContain(news.path());
		assertThat(links("/galeri")).contains(gallery.path());
		assertThat(links("/")).contains(news.path(), notice.path(), gallery.path());
		for (String page : List.of("/", "/berita", "/pengumuman", "/galeri", "/dokumen", "/bidang/sekretariat",
				"/bidang/bidang-perumahan")) {
			String html = page(page).getContentAsString();
			for (var hidden : List.of(approved, returned, rejected, withdrawn)) {
				assertThat(html).as(page).doesNotContain(hidden.slug());
			}
		}
		for (var hidden : List.of(approved, returned, rejected)) {
			assertThat(page(hidden.path()).getStatus()).as(hidden.path()).isEqualTo(404);
		}
		assertThat(page(withdrawn.path()).getStatus()).isEqualTo(410);
	}

	@Test
	void listsFilterByDivisionTagAndYearAndPage() throws Exception {
		long unique = System.nanoTime();
		var housing = stories.published("Rumah susun " + unique, StoryType.NEWS, "bidang-perumahan");
		var secretariat = stories.published("Rapat dinas " + unique, StoryType.NEWS, "sekretariat");
		stories.revise(housing, content -> content.putArray("tags").add("rusun").add("bekasi" + unique));

		assertThat(links("/berita?bidang=bidang-perumahan")).contains(housing.path()).doesNotContain(secretariat.path());
		assertThat(links("/berita?bidang=sekretariat")).contains(secretariat.path()).doesNotContain(housing.path());
		assertThat(links("/berita?tag=bekasi" + unique)).containsExactly(housing.path());
		int year = jdbc.queryForObject("SELECT published_at FROM story WHERE id = ?", java.sql.Timestamp.class,
				housing.id()).toInstant().atZone(java.time.ZoneId.of("Asia/Jakarta")).getYear();
		assertThat(links("/berita?tahun=" + year)).contains(housing.path());
		assertThat(links("/berita?tahun=1999")).isEmpty();
		assertThat(links("/bidang/bidang-perumahan")).contains(housing.path()).doesNotContain(secretariat.path());
		assertThat(page("/berita?bidang=tidak-ada").getStatus()).isEqualTo(404);
		assertThat(page("/berita?halaman=9999").getStatus()).isEqualTo(404);
		assertThat(page("/bidang/tidak-ada").getStatus()).isEqualTo(404);

		for (int i = 0; i < SectionController.PAGE_SIZE; i++) {
			stories.published("Berita halaman " + unique + " " + i, StoryType.NEWS, "sekretariat");
		}
		Document first = Jsoup.parse(page("/berita?bidang=sekretariat").getContentAsString());
		assertThat(first.select("main .card")).hasSize(SectionController.PAGE_SIZE);
		String next = first.select("a[rel=next]").attr("href");
		assertThat(next).contains("halaman=2").contains("bidang=sekretariat");
		assertThat(links(next)).contains(secretariat.path());
	}

	@Test
	void documentsListShowsTypeAndSizeAndTheFileDownloads() throws Exception {
		long unique = System.nanoTime();
		String slug = stories.publishedDocument("Rencana kerja " + unique).slug();

		Document list = Jsoup.parse(page("/dokumen").getContentAsString());
		var entry = list.select("main .documents > li").stream()
			.filter(li -> li.select("h2 a").attr("href").equals("/dokumen/" + slug))
			.findFirst()
			.orElseThrow();
		assertThat(entry.select(".downloads .meta").text()).matches("PDF, \\d+(,\\d)? (B|KB)");
		String href = entry.select(".downloads a").attr("href");
		var file = page(href);
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getContentType()).isEqualTo("application/pdf");
		assertThat(file.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(Jsoup.parse(page("/dokumen/" + slug).getContentAsString()).select(".downloads a").attr("href"))
			.isEqualTo(href);
	}

	@Test
	void anArticleCarriesDiscoveryTagsAndResponsivePictures() throws Exception {
		var story = stories.published("Peresmian <rumah> susun " + System.nanoTime());
		awaitCrop(story.id());
		Document page = Jsoup.parse(page(story.path()).getContentAsString());

		assertThat(page.select("html").attr("lang")).isEqualTo("id");
		assertThat(page.select("link[rel=canonical]").attr("href")).endsWith(story.path()).startsWith("http");
		assertThat(page.select("meta[property=og:title]").attr("content")).startsWith("Peresmian <rumah> susun");
		assertThat(page.select("meta[property=og:image]").attr("content")).contains("/crop-191x100.jpg");
		assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
		String jsonLd = page.select("script[type=application/ld+json]").html();
		assertThat(jsonLd).contains("\"@type\":\"NewsArticle\"").contains("GovernmentOrganization")
			.doesNotContain("<rumah>");
		var picture = page.select("main .featured img");
		assertThat(picture.attr("srcset")).matches("/berkas/\\d+/\\d+/w320\\.jpg \\d+w.*");
		assertThat(picture.attr("width")).isNotBlank();
		assertThat(page.select("a.skip-link").attr("href")).isEqualTo("#isi");
		assertThat(page.select("main#isi")).hasSize(1);
		assertThat(page.select("nav.site-menu a[aria-current=page]").text()).isEqualTo("Berita");
	}

	@Test
	void aChangedSlugMovesPermanentlyAndTheOldAddressServesNothingElse() throws Exception {
		var story = stories.published("Alamat lama " + System.nanoTime());
		var renamed = stories.renamed(story, story.slug() + "-baru");

		var old = page(story.path());
		assertThat(old.getStatus()).isEqualTo(301);
		assertThat(old.getHeader("Location")).isEqualTo(renamed.path());
		assertThat(page(renamed.path()).getStatus()).isEqualTo(200);
	}

	@Test
	void standingPagesRenderAndUnknownAddressesOfferSearch() throws Exception {
		for (String path : List.of("/kontak", "/ppid", "/ppid/permohonan", "/ppid/keberatan",
				"/ppid/daftar-informasi-publik", "/ppid/profil")) {
			var response = page(path);
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			assertThat(Jsoup.parse(response.getContentAsString()).select("main h1").text()).as(path).isNotBlank();
		}
		assertThat(Jsoup.parse(page("/kontak").getContentAsString()).select("main").text()).contains("(021) 8801000");
		for (String path : List.of("/berita/tidak-pernah-ada", "/ppid/tidak-ada")) {
			var missing = page(path);
			assertThat(missing.getStatus()).isEqualTo(404);
			assertThat(Jsoup.parse(missing.getContentAsString()).select("form[role=search] input[name=q]")).hasSize(1);
		}
	}

	@Test
	void theThemeColourComesFromSettingsAndTooLightAColourIsRefused() throws Exception {
		// Other tests share the agency (the access matrix saves its appearance blank): set the demo's own first.
		present("#0b5d3b", "Melayani perumahan, kawasan permukiman dan pertanahan warga Kota Bekasi.",
				"Senin–Jumat, 08.00–16.00 WIB");
		String css = page("/tema.css").getContentAsString();
		assertThat(css).contains("--brand:#0b5d3b");

		var refused = present("#ffee00", "Kalimat baru", "Senin");
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("terlalu terang").contains("Kalimat baru");
		assertThat(page("/tema.css").getContentAsString()).contains("--brand:#0b5d3b");
	}

	private MockHttpServletResponse present(String themeColor, String tagline, String officeHours) throws Exception {
		return mvc.perform(post("/admin/instansi/tampilan").with(staff.demo(Role.SYSTEM_ADMIN)).with(csrf())
			.param("themeColor", themeColor).param("tagline", tagline).param("officeHours", officeHours))
			.andReturn().getResponse();
	}

	private MockHttpServletResponse page(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse();
	}

	/** Story addresses linked from the page's main content, in order. */
	private List<String> links(String path) throws Exception {
		var response = page(path);
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString())
			.select("main a[href]")
			.stream()
			.map(a -> a.attr("href"))
			.filter(href -> href.matches("/(berita|pengumuman|galeri|dokumen|profil)/[^/?]+"))
			.distinct()
			.toList();
	}

	/** Renditions are made in the background; the link card crop is among the last. */
	private void awaitCrop(long storyId) {
		Long picture = jdbc.queryForObject(
				"SELECT featured_media_id FROM story_revision WHERE story_id = ? AND number = 1", Long.class, storyId);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> media.renditions(picture).stream().anyMatch(r -> r.name().equals(PageMetas.LINK_CARD)));
	}
}
