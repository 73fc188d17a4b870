package id.warta.site.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;

import org.springframework.test.web.servlet.MockMvc;

/** The search page as an anonymous reader asks for it, and a unique word to find a test's own stories by. */
class SearchPages {

	private final MockMvc mvc;

	SearchPages(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** A word no other story has: letters and digits, so that it is neither stemmed nor taken for a typo. */
	static String uniqueWord() {
		return "u" + System.nanoTime();
	}

	/** The page for this query and these further parameters (name, value, …); always 200. */
	String search(String query, String... parameters) throws Exception {
		var request = get("/cari").param("q", query);
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as("/cari?q=" + query).isEqualTo(200);
		return response.getContentAsString();
	}

	/** The page once it lists the story at this path: the index is updated in the background after publishing. */
	String awaitFound(String query, String path) {
		return await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> search(query), page -> lists(page, path));
	}

	static boolean lists(String page, String path) {
		return page.contains("href=\"" + path + "\"");
	}
}
