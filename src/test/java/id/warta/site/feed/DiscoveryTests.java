package id.warta.site.feed;

import static id.warta.site.feed.FeedDocuments.IMAGE;
import static id.warta.site.feed.FeedDocuments.SITEMAP;
import static id.warta.site.feed.FeedDocuments.child;
import static id.warta.site.feed.FeedDocuments.elements;
import static id.warta.site.feed.FeedDocuments.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.warta.media.MediaLibrary;
import id.warta.newsroom.PublicStory;
import id.warta.newsroom.PublishedStories;
import id.warta.newsroom.PublishedStoryFixtures;
import id.warta.newsroom.StoryType;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;

/** The sitemap lists exactly the public addresses; robots.txt keeps crawlers out of the back office. */
@WartaTest
class DiscoveryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PublishedStories published;

	@Autowired
	MediaLibrary media;

	@Value("${warta.site.base-url}")
	String base;

	PublishedStoryFixtures stories;
	FeedDocuments documents;

	@BeforeEach
	void fixtures() {
		stories = new PublishedStoryFixtures(mvc, staff, jdbc);
		documents = new FeedDocuments(mvc);
	}

	@Test
	void theSitemapListsExactlyThePublishedAddresses() throws Exception {
		long unique = System.nanoTime();
		var news = stories.published("Peta rawan banjir " + unique);
		var notice = stories.published("Lelang rumah susun " + unique, StoryType.ANNOUNCEMENT, "bidang-perumahan");
		var approved = stories.approved("Belum terbit di peta situs " + unique, StoryType.NEWS, "sekretariat");
		var withdrawn = stories.published("Ditarik dari peta situs " + unique);
		stories.withdraw(withdrawn);

		var response = documents.fetch("/sitemap.xml").getResponse();
		assertThat(response.getContentType()).isEqualTo("application/xml; charset=UTF-8");
		var sitemap = documents.parse("/sitemap.xml");
		assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP);
		Set<String> listed = new HashSet<>(texts(sitemap, SITEMAP, "loc"));
		assertThat(texts(sitemap, SITEMAP, "loc")).doesNotHaveDuplicates();

		Set<String> expected = new HashSet<>();
		for (String page : List.of("/", "/berita", "/pengumuman", "/galeri", "/dokumen", "/kontak")) {
			expected.add(base + page);
		}
		jdbc.queryForList("SELECT slug FROM division WHERE active = TRUE", String.class)
			.forEach(slug -> expected.add(base + "/bidang/" + slug));
		// Published and not withdrawn in the database, and still sealed (other tests tamper with some).
		jdbc.queryForList("""
				SELECT s.type, r.slug FROM story s
				JOIN story_revision r ON r.story_id = s.id AND r.number = s.published_revision
				WHERE s.state <> 'WITHDRAWN'""").forEach(row -> {
			StoryType type = StoryType.valueOf((String) row.get("type"));
			String slug = (String) row.get("slug");
			if (published.find(type, slug).map(PublicStory::intact).orElse(false)) {
				expected.add(base + "/" + type.pathSegment() + "/" + slug);
			}
		});
		assertThat(listed).isEqualTo(expected);
		assertThat(listed).contains(base + news.path(), base + notice.path())
			.doesNotContain(base + approved.path(), base + withdrawn.path());

		Element ours = elements(sitemap.getDocumentElement(), SITEMAP, "url").stream()
			.filter(url -> child(url, SITEMAP, "loc").equals(base + news.path()))
			.findFirst()
			.orElseThrow();
		assertThat(child(ours, SITEMAP, "lastmod")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
		Element home = elements(sitemap.getDocumentElement(), SITEMAP, "url").stream()
			.filter(url -> child(url, SITEMAP, "loc").equals(base + "/"))
			.findFirst()
			.orElseThrow();
		assertThat(child(home, SITEMAP, "lastmod")).isNotNull();
	}

	@Test
	void featuredPicturesAreListedWithTheImageExtension() throws Exception {
		var story = stories.published("Foto udara kawasan kumuh " + System.nanoTime());
		long picture = FeedDocuments.awaitPicture(media, jdbc, story.id());

		var sitemap = documents.parse("/sitemap.xml");
		Element ours = elements(sitemap.getDocumentElement(), SITEMAP, "url").stream()
			.filter(url -> child(url, SITEMAP, "loc").equals(base + story.path()))
			.findFirst()
			.orElseThrow();
		assertThat(child(ours, IMAGE, "loc")).startsWith(base + "/berkas/" + picture + "/");
	}

	@Test
	void robotsKeepCrawlersOutOfTheBackOfficeAndNameTheSitemap() throws Exception {
		var response = documents.fetch("/robots.txt").getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/plain");
		List<String> lines = response.getContentAsString().lines().toList();
		assertThat(lines).contains("User-agent: *", "Allow: /", "Sitemap: " + base + "/sitemap.xml");
		assertThat(lines).contains("Disallow: /kantor", "Disallow: /masuk", "Disallow: /admin", "Disallow: /redaksi",
				"Disallow: /penyaringan", "Disallow: /bahan", "Disallow: /pustaka", "Disallow: /media",
				"Disallow: /api");
		assertThat(lines).noneMatch(line -> line.matches("Disallow: /(berita|pengumuman|galeri|dokumen|profil|bidang)?"));
	}
}
