package id.warta.site.feed;

import static id.warta.site.feed.FeedDocuments.ATOM;
import static id.warta.site.feed.FeedDocuments.child;
import static id.warta.site.feed.FeedDocuments.elements;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import id.warta.media.MediaLibrary;
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
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** RSS and Atom feeds: well-formed, complete, and carrying only what is published in their scope. */
@WartaTest
class FeedTests {

	static final List<String> ALL_FEEDS = List.of("/feed/rss.xml", "/feed/atom.xml", "/feed/berita/rss.xml",
			"/feed/berita/atom.xml", "/feed/pengumuman/rss.xml", "/feed/pengumuman/atom.xml",
			"/feed/bidang/sekretariat/rss.xml", "/feed/bidang/sekretariat/atom.xml",
			"/feed/bidang/bidang-perumahan/rss.xml", "/feed/bidang/bidang-perumahan/atom.xml");

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MediaLibrary media;

	@Value("${warta.site.base-url}")
	String base;

	PublishedStoryFixtures stories;
	FeedDocuments feeds;

	@BeforeEach
	void fixtures() {
		stories = new PublishedStoryFixtures(mvc, staff, jdbc);
		feeds = new FeedDocuments(mvc);
	}

	@Test
	void rssCarriesTheRequiredElementsAndThePicture() throws Exception {
		var story = stories.published("Pembangunan jembatan & <drainase> " + System.nanoTime());
		FeedDocuments.awaitPicture(media, jdbc, story.id());

		var response = feeds.fetch("/feed/rss.xml").getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/rss+xml; charset=UTF-8");
		Document rss = feeds.parse("/feed/rss.xml");
		Element channel = elements(rss.getDocumentElement(), null, "channel").get(0);
		assertThat(rss.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
		assertThat(child(channel, null, "title")).isNotBlank();
		assertThat(child(channel, null, "link")).isEqualTo(base + "/");
		assertThat(child(channel, null, "description")).isNotBlank();
		List<Element> items = elements(channel, null, "item");
		assertThat(items).hasSizeBetween(1, FeedController.ITEMS);
		for (Element item : items) {
			assertThat(child(item, null, "title")).isNotBlank();
			assertThat(child(item, null, "link")).startsWith(base + "/");
			assertThat(child(item, null, "guid")).isEqualTo(child(item, null, "link"));
			assertThat(ZonedDateTime.parse(child(item, null, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME))
				.isNotNull();
			assertThat(elements(item, null, "description")).hasSize(1);
		}
		Element ours = items.stream()
			.filter(item -> child(item, null, "link").equals(base + story.path()))
			.findFirst()
			.orElseThrow();
		assertThat(child(ours, null, "title")).startsWith("Pembangunan jembatan & <drainase>");
		Element enclosure = elements(ours, null, "enclosure").get(0);
		assertThat(enclosure.getAttribute("url")).startsWith(base + "/berkas/");
		assertThat(enclosure.getAttribute("type")).isEqualTo("image/jpeg");
		assertThat(Long.parseLong(enclosure.getAttribute("length"))).isPositive();
		assertThat(feeds.fetch(enclosure.getAttribute("url").substring(base.length())).getResponse().getStatus())
			.as("the enclosure is served to anyone").isEqualTo(200);
	}

	@Test
	void atomCarriesTheRequiredElements() throws Exception {
		var story = stories.published("Rapat koordinasi tata ruang " + System.nanoTime());
		FeedDocuments.awaitPicture(media, jdbc, story.id());

		var response = feeds.fetch("/feed/atom.xml").getResponse();
		assertThat(response.getContentType()).isEqualTo("application/atom+xml; charset=UTF-8");
		Document atom = feeds.parse("/feed/atom.xml");
		Element feed = atom.getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(child(feed, ATOM, "id")).isEqualTo(base + "/feed/atom.xml");
		assertThat(child(feed, ATOM, "title")).isNotBlank();
		assertThat(child(feed, ATOM, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
		assertThat(elements(feed, ATOM, "link")).anySatisfy(link -> {
			assertThat(link.getAttribute("rel")).isEqualTo("self");
			assertThat(link.getAttribute("href")).isEqualTo(base + "/feed/atom.xml");
		});
		List<Element> entries = elements(feed, ATOM, "entry");
		assertThat(entries).isNotEmpty().hasSizeLessThanOrEqualTo(FeedController.ITEMS);
		for (Element entry : entries) {
			assertThat(child(entry, ATOM, "id")).startsWith("tag:");
			assertThat(child(entry, ATOM, "title")).isNotBlank();
			assertThat(child(entry, ATOM, "updated")).isNotBlank();
			assertThat(elements(entry, ATOM, "summary")).hasSize(1);
		}
		Element ours = entries.stream()
			.filter(entry -> alternate(entry).equals(base + story.path()))
			.findFirst()
			.orElseThrow();
		assertThat(elements(ours, ATOM, "link"))
			.anySatisfy(link -> assertThat(link.getAttribute("rel")).isEqualTo("enclosure"));
	}

	@Test
	void typeAndDivisionFeedsCarryOnlyTheirOwnStories() throws Exception {
		long unique = System.nanoTime();
		var news = stories.published("Berita perumahan " + unique, StoryType.NEWS, "bidang-perumahan");
		var notice = stories.published("Pengumuman sekretariat " + unique, StoryType.ANNOUNCEMENT, "sekretariat");

		assertThat(links("/feed/berita/rss.xml")).contains(base + news.path()).doesNotContain(base + notice.path());
		assertThat(links("/feed/pengumuman/rss.xml")).contains(base + notice.path()).doesNotContain(base + news.path());
		assertThat(links("/feed/bidang/bidang-perumahan/rss.xml")).contains(base + news.path())
			.doesNotContain(base + notice.path());
		assertThat(links("/feed/bidang/sekretariat/atom.xml")).contains(base + notice.path())
			.doesNotContain(base + news.path());
		assertThat(links("/feed/pengumuman/atom.xml")).contains(base + notice.path())
			.doesNotContain(base + news.path());
		for (String path : List.of("/feed/berita/rss.xml", "/feed/berita/atom.xml")) {
			assertThat(links(path)).allMatch(link -> !link.startsWith(base + "/pengumuman/"));
		}
		assertThat(feeds.fetch("/feed/bidang/tidak-ada/rss.xml").getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void unpublishedAndWithdrawnStoriesAreInNoFeed() throws Exception {
		long unique = System.nanoTime();
		var approved = stories.approved("Belum terbit " + unique, StoryType.NEWS, "sekretariat");
		var withdrawn = stories.published("Sudah ditarik " + unique);
		assertThat(links("/feed/rss.xml")).contains(base + withdrawn.path());
		stories.withdraw(withdrawn);

		for (String path : ALL_FEEDS) {
			String body = feeds.fetch(path).getResponse().getContentAsString();
			assertThat(body).as(path).doesNotContain(approved.slug()).doesNotContain(withdrawn.slug());
		}
	}

	private List<String> links(String path) throws Exception {
		Document document = feeds.parse(path);
		if (path.endsWith("rss.xml")) {
			return elements(document.getDocumentElement(), null, "item").stream()
				.map(item -> child(item, null, "link"))
				.toList();
		}
		return elements(document.getDocumentElement(), ATOM, "entry").stream().map(FeedTests::alternate).toList();
	}

	private static String alternate(Element entry) {
		return elements(entry, ATOM, "link").stream()
			.filter(link -> link.getAttribute("rel").equals("alternate"))
			.map(link -> link.getAttribute("href"))
			.findFirst()
			.orElse("");
	}
}
