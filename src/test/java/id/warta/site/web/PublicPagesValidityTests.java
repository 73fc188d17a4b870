package id.warta.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import id.warta.support.HtmlChecker;
import id.warta.support.WartaTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every kind of public page is valid HTML by the Nu Html Checker, and an article page with everything it loads
 * but its pictures stays small enough for a slow phone connection.
 */
@WartaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesValidityTests {

	/** HTML, style sheets and scripts of one article page, uncompressed. */
	static final int ARTICLE_BUDGET = 100 * 1024;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	List<PublicPageTour.Stop> stops;

	@BeforeAll
	void publish() throws Exception {
		stops = PublicPageTour.publish(mvc, context);
	}

	@TestFactory
	Stream<DynamicTest> everyKindOfPageIsValidHtml() throws Exception {
		var checker = new HtmlChecker();
		return stops.stream().map(stop -> DynamicTest.dynamicTest(stop.toString(), () -> {
			var response = page(stop.path());
			assertThat(response.getStatus()).as(stop.toString()).isEqualTo(stop.status());
			String html = response.getContentAsString(StandardCharsets.UTF_8);
			assertThat(checker.errors(html)).as("Nu Html Checker errors on %s (line:column message)", stop).isEmpty();
		}));
	}

	@Test
	void anArticlePageWithItsStylesAndScriptsWeighsAtMost100Kilobytes() throws Exception {
		var article = page(PublicPageTour.article(stops).path());
		var document = Jsoup.parse(article.getContentAsString(StandardCharsets.UTF_8));
		List<String> linked = Stream.concat(document.select("link[rel=stylesheet][href]").eachAttr("href").stream(),
				document.select("script[src]").eachAttr("src").stream()).toList();
		assertThat(linked).as("the article's style sheets").isNotEmpty();

		long bytes = article.getContentAsByteArray().length;
		for (String href : linked) {
			var resource = page(href);
			assertThat(resource.getStatus()).as(href).isEqualTo(200);
			bytes += resource.getContentAsByteArray().length;
		}
		assertThat(bytes).as("bytes of HTML, CSS and JavaScript for an article: the page and %s", linked)
			.isLessThanOrEqualTo(ARTICLE_BUDGET);
	}

	private MockHttpServletResponse page(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse();
	}
}
