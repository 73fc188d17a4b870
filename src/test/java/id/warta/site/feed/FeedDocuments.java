package id.warta.site.feed;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import id.warta.media.MediaLibrary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Feeds and the sitemap fetched as a reader would, and parsed by a namespace-aware DOM parser. */
class FeedDocuments {

	static final String ATOM = "http://www.w3.org/2005/Atom";
	static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
	static final String IMAGE = "http://www.google.com/schemas/sitemap-image/1.1";

	private final MockMvc mvc;

	FeedDocuments(MockMvc mvc) {
		this.mvc = mvc;
	}

	MvcResult fetch(String path) throws Exception {
		return mvc.perform(get(path)).andReturn();
	}

	Document parse(String path) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		// Parsing must not reach out: no external entities, no DTDs.
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		byte[] body = fetch(path).getResponse().getContentAsByteArray();
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
	}

	/** The text of every element of this name, in document order. */
	static List<String> texts(Document document, String namespace, String name) {
		List<String> texts = new ArrayList<>();
		NodeList nodes = namespace == null ? document.getElementsByTagName(name)
				: document.getElementsByTagNameNS(namespace, name);
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

	static List<Element> elements(Element parent, String namespace, String name) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = namespace == null ? parent.getElementsByTagName(name)
				: parent.getElementsByTagNameNS(namespace, name);
		for (int i = 0; i < nodes.getLength(); i++) {
			found.add((Element) nodes.item(i));
		}
		return found;
	}

	/** Waits until the featured picture of a story's first revision has the rendition feeds show; its id. */
	static long awaitPicture(MediaLibrary media, JdbcTemplate jdbc, long storyId) {
		Long picture = jdbc.queryForObject(
				"SELECT featured_media_id FROM story_revision WHERE story_id = ? AND number = 1", Long.class, storyId);
		assertThat(picture).as("the fixture's story has a featured picture").isNotNull();
		await().atMost(Duration.ofSeconds(30)).until(() -> FeaturedPicture.choose(media.renditions(picture)).isPresent());
		return picture;
	}

	static String child(Element parent, String namespace, String name) {
		var found = elements(parent, namespace, name);
		return found.isEmpty() ? null : found.get(0).getTextContent();
	}
}
