package id.warta.site.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.warta.newsroom.PublishedStoryFixtures;
import id.warta.organization.Role;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Anonymous readers get cacheable pages with validators and 304 answers, served from memory until something is
 * published or withdrawn; staff get fresh, private pages; errors and cookies are never shared.
 */
@WartaTest
class PublicPageCachingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	PublishedStoryFixtures stories;

	@BeforeEach
	void fixtures() {
		stories = new PublishedStoryFixtures(mvc, staff, jdbc);
	}

	@Test
	void anonymousPagesCarryValidatorsAndAnswer304() throws Exception {
		var story = stories.published("Rehabilitasi rumah tidak layak huni " + System.nanoTime());

		var first = fetch(get(story.path()));
		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=60, stale-while-revalidate=300");
		String etag = first.getHeader(HttpHeaders.ETAG);
		String lastModified = first.getHeader(HttpHeaders.LAST_MODIFIED);
		assertThat(etag).matches("\"[0-9a-f]{32}\"");
		assertThat(lastModified).isNotBlank();
		assertThat(first.getHeader(PublicPageFilter.CACHE_STATUS)).isEqualTo("MISS");

		var again = fetch(get(story.path()));
		assertThat(again.getHeader(PublicPageFilter.CACHE_STATUS)).isEqualTo("HIT");
		assertThat(again.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
		assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString());

		var byTag = fetch(get(story.path()).header(HttpHeaders.IF_NONE_MATCH, etag));
		assertThat(byTag.getStatus()).isEqualTo(304);
		assertThat(byTag.getContentAsByteArray()).isEmpty();
		assertThat(byTag.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
		assertThat(fetch(get(story.path()).header(HttpHeaders.IF_MODIFIED_SINCE, lastModified)).getStatus())
			.isEqualTo(304);
		assertThat(fetch(get(story.path()).header(HttpHeaders.IF_NONE_MATCH, "\"something-else\"")).getStatus())
			.isEqualTo(200);
		assertThat(fetch(get("/feed/rss.xml").header(HttpHeaders.IF_NONE_MATCH, fetch(get("/feed/rss.xml"))
			.getHeader(HttpHeaders.ETAG))).getStatus()).isEqualTo(304);
	}

	@Test
	void signedInStaffGetFreshPrivatePages() throws Exception {
		var story = stories.published("Penataan PSU perumahan " + System.nanoTime());
		fetch(get(story.path()));

		// Signed in through the login form, as a browser is: with a session.
		var session = new MockHttpSession();
		mvc.perform(post("/masuk").session(session).with(csrf())
			.param("username", Staff.demoUsername(Role.CONTENT_ADMIN))
			.param("password", Staff.DEMO_PASSWORD));
		var response = fetch(get(story.path()).session(session));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo(PublicPageFilter.PRIVATE);
		assertThat(response.getHeader(HttpHeaders.ETAG)).isNull();
		assertThat(response.getHeader(PublicPageFilter.CACHE_STATUS)).isNull();
		String etag = fetch(get(story.path())).getHeader(HttpHeaders.ETAG);
		assertThat(fetch(get(story.path()).header(HttpHeaders.IF_NONE_MATCH, etag).session(session)).getStatus())
			.isEqualTo(200);
		// A signed-in request without a session (tests only; a browser always sends its session cookie).
		assertThat(fetch(get("/berita/tidak-ada-" + System.nanoTime()).with(staff.demo(Role.SCREENER)))
			.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo(PublicPageFilter.PRIVATE);
	}

	@Test
	void errorsAndBackOfficePagesAreNeverShared() throws Exception {
		var missing = fetch(get("/berita/tidak-ada-" + System.nanoTime()));
		assertThat(missing.getStatus()).isEqualTo(404);
		assertThat(missing.getHeader(HttpHeaders.CACHE_CONTROL)).doesNotContain("public");
		assertThat(missing.getHeader(HttpHeaders.ETAG)).isNull();

		var login = fetch(get("/masuk"));
		assertThat(login.getHeader(HttpHeaders.CACHE_CONTROL)).doesNotContain("public");
		assertThat(login.getHeader(PublicPageFilter.CACHE_STATUS)).isNull();
	}

	@Test
	void noCookieNorCsrfTokenEverEntersACachedPage() throws Exception {
		// Other tests' background jobs (scheduled publication, alarms) may drop the cache in between: ask again.
		var cached = fetch(get("/"));
		for (int attempt = 0; attempt < 5 && !"HIT".equals(cached.getHeader(PublicPageFilter.CACHE_STATUS)); attempt++) {
			cached = fetch(get("/"));
		}
		assertThat(cached.getHeader(PublicPageFilter.CACHE_STATUS)).isEqualTo("HIT");
		assertThat(cached.getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
		assertThat(cached.getContentAsString()).doesNotContain("_csrf").doesNotContain("JSESSIONID");

		// Choosing a language sets a cookie: that answer is nobody else's, so it is neither kept nor public.
		var english = fetch(get("/?lang=en"));
		assertThat(english.getHeaders(HttpHeaders.SET_COOKIE)).isNotEmpty();
		assertThat(english.getHeader(PublicPageFilter.CACHE_STATUS)).isNull();
		assertThat(english.getHeader(HttpHeaders.CACHE_CONTROL)).doesNotContain("public");
		// Then the reader's cookie picks the English copy, never the Indonesian one.
		var withCookie = fetch(get("/").cookie(new Cookie(PublicPageFilter.LANGUAGE_COOKIE, "en")));
		assertThat(withCookie.getHeader(HttpHeaders.ETAG)).isNotEqualTo(cached.getHeader(HttpHeaders.ETAG));
		assertThat(withCookie.getHeader(HttpHeaders.VARY)).contains(HttpHeaders.COOKIE);
	}

	/**
	 * Reads a page until it comes from memory, at most three times: background work of other tests in the shared
	 * context (a tamper alarm raised by the search index, say) may drop every cached page once in between.
	 */
	private String rereadStatus(String path) throws Exception {
		String status = null;
		for (int i = 0; i < 3 && !"HIT".equals(status); i++) {
			status = fetch(get(path)).getHeader(PublicPageFilter.CACHE_STATUS);
		}
		return status;
	}

	@Test
	void publishingAndWithdrawingShowRightAway() throws Exception {
		long unique = System.nanoTime();
		fetch(get("/"));
		fetch(get("/feed/rss.xml"));
		assertThat(rereadStatus("/")).isEqualTo("HIT");

		var story = stories.published("Pembagian sertifikat rumah " + unique);
		var home = fetch(get("/"));
		assertThat(home.getHeader(PublicPageFilter.CACHE_STATUS)).isEqualTo("MISS");
		assertThat(home.getContentAsString()).contains("Pembagian sertifikat rumah " + unique);
		assertThat(fetch(get("/feed/rss.xml")).getContentAsString()).contains(story.slug());
		assertThat(rereadStatus("/")).isEqualTo("HIT");

		stories.withdraw(story);
		assertThat(fetch(get("/")).getContentAsString()).doesNotContain("Pembagian sertifikat rumah " + unique);
		assertThat(fetch(get("/feed/rss.xml")).getContentAsString()).doesNotContain(story.slug());
		assertThat(fetch(get(story.path())).getStatus()).isEqualTo(410);
	}

	private MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}
}
