package id.warta.site.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

import java.util.Set;
import java.util.TreeSet;

import id.warta.newsroom.PublishedStoryFixtures;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Anonymous readers are answered from memory before the security chain runs, with the same headers (the security
 * chain's among them) as the answer that was kept; a request that may be signed in always goes through the chain.
 */
@WartaTest
class PageCacheHitFilterTests {

	/** Headers that differ between two answers of the same page by nature. */
	static final Set<String> PER_ANSWER = Set.of(HttpHeaders.DATE, PublicPageFilter.CACHE_STATUS);

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
	void aPageFromMemoryCarriesTheHeadersOfTheAnswerThatWasKept() throws Exception {
		var story = stories.published("Pelatihan UMKM digital " + System.nanoTime());
		for (boolean https : new boolean[] { false, true }) {
			var answers = missThenHit(get(story.path()).secure(https));
			MvcResult miss = answers.miss();
			MvcResult hit = answers.hit();
			assertThat(status(miss)).isEqualTo("MISS");
			assertThat(status(hit)).isEqualTo("HIT");
			assertThat(chainRan(miss)).isTrue();
			assertThat(chainRan(hit)).as("answered before the security chain").isFalse();

			assertThat(names(hit)).isEqualTo(names(miss));
			for (String name : names(miss)) {
				assertThat(hit.getResponse().getHeaderValues(name)).as(name)
					.isEqualTo(miss.getResponse().getHeaderValues(name));
			}
			assertThat(names(hit)).contains("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
					"Referrer-Policy", HttpHeaders.CONTENT_LANGUAGE);
			assertThat(hit.getResponse().containsHeader("Strict-Transport-Security")).isEqualTo(https);
			assertThat(hit.getResponse().getContentAsString()).isEqualTo(miss.getResponse().getContentAsString());

			var byHead = mvc.perform(head(story.path()).secure(https)).andReturn();
			assertThat(status(byHead)).isEqualTo("HIT");
			assertThat(names(byHead)).isEqualTo(names(miss));
			assertThat(byHead.getResponse().getContentLength()).isEqualTo(miss.getResponse().getContentLength());
			assertThat(byHead.getResponse().getContentAsByteArray()).isEmpty();
		}
	}

	@Test
	void aPageFromMemoryRefusesCameraMicrophoneLocationAndPayment() throws Exception {
		var story = stories.published("Posyandu keliling " + System.nanoTime());
		MvcResult hit = missThenHit(get(story.path())).hit();
		assertThat(status(hit)).isEqualTo("HIT");
		assertThat(hit.getResponse().getHeader("Permissions-Policy")).contains("camera=()", "microphone=()",
				"geolocation=()", "payment=()", "usb=()");
	}

	@Test
	void aReaderWhoMayBeSignedInGoesThroughTheChain() throws Exception {
		var story = stories.published("Bazar pangan murah " + System.nanoTime());
		assertThat(chainRan(missThenHit(get(story.path())).hit())).isFalse();

		for (MockHttpServletRequestBuilder maybeSignedIn : new MockHttpServletRequestBuilder[] {
				get(story.path()).cookie(new Cookie("JSESSIONID", "0123456789ABCDEF")),
				get(story.path()).cookie(new Cookie("SESSION", "c2Vzc2lvbg")),
				get(story.path()).cookie(new Cookie("remember-me", "dG9rZW4")),
				get(story.path()).header(HttpHeaders.AUTHORIZATION, "Basic YWRtaW46eA=="), }) {
			var answer = mvc.perform(maybeSignedIn).andReturn();
			assertThat(chainRan(answer)).isTrue();
			assertThat(answer.getResponse().getStatus()).isIn(200, 401);
		}
	}

	record Answers(MvcResult miss, MvcResult hit) {
	}

	/** The same request twice; again while other tests' background jobs drop the cache in between. */
	private Answers missThenHit(MockHttpServletRequestBuilder request) throws Exception {
		Answers answers = null;
		for (int attempt = 0; attempt < 5 && (answers == null || !"HIT".equals(status(answers.hit()))); attempt++) {
			answers = new Answers(mvc.perform(request).andReturn(), mvc.perform(request).andReturn());
		}
		return answers;
	}

	private static String status(MvcResult result) {
		return result.getResponse().getHeader(PublicPageFilter.CACHE_STATUS);
	}

	/** The CSRF filter leaves the token's supplier on every request it sees. */
	private static boolean chainRan(MvcResult result) {
		return result.getRequest().getAttribute(CsrfToken.class.getName()) != null;
	}

	private static Set<String> names(MvcResult result) {
		var names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		names.addAll(result.getResponse().getHeaderNames());
		names.removeAll(PER_ANSWER);
		return names;
	}
}
