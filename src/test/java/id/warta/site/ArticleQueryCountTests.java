package id.warta.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import id.warta.organization.Role;
import id.warta.support.StatementCounter;
import id.warta.support.Staff;
import id.warta.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * How many database statements one anonymous article request costs. A guard against pages that grow a query per
 * item; the figure is reported in bench/README.md.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@Import({ TestClockConfiguration.class, ArticleQueryCountTests.Counting.class })
class ArticleQueryCountTests {

	/** The number measured when this guard was written; raise it only with a reason in bench/README.md. */
	static final int MAX_STATEMENTS = 5;

	@TestConfiguration(proxyBeanMethods = false)
	static class Counting {

		@Bean
		static StatementCounter statementCounter() {
			return new StatementCounter();
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter counter;

	@Test
	void anArticlePageCostsAFewStatements() throws Exception {
		byte[] jpeg = id.warta.support.TestFiles.jpeg();
		String word = "kueri" + System.nanoTime();
		var sent = mvc.perform(multipart("/bahan/kirim").file(new MockMultipartFile("file0", "f.jpg", "image/jpeg", jpeg))
			.with(staff.demo(Role.CONTRIBUTOR)).with(csrf())
			.param("title", "Hitung " + word).param("activityDate", "2026-11-20")
			.param("captions[0]", "Foto")).andReturn();
		long material = Long.parseLong(sent.getResponse().getRedirectedUrl().substring("/bahan/".length()));
		var composed = mvc.perform(post("/redaksi/berita").with(staff.demo(Role.CONTENT_ADMIN)).with(csrf())
			.param("material", String.valueOf(material))).andReturn();
		long story = Long.parseLong(composed.getResponse().getRedirectedUrl().substring("/redaksi/berita/".length()));
		mvc.perform(post("/redaksi/berita/{id}/ajukan", story).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()));
		mvc.perform(post("/penyaringan/{id}/setujui", story).with(staff.demo(Role.SCREENER)).with(csrf()).param("revision", "1"));
		mvc.perform(post("/redaksi/berita/{id}/terbitkan", story).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()));
		String slug = jdbc.queryForObject("SELECT slug FROM story_revision WHERE story_id = ?", String.class, story);

		// The search index reads the published stories in the background after a publication: not this page's cost.
		await().atMost(Duration.ofSeconds(60))
			.until(() -> mvc.perform(get("/cari").param("q", word)).andReturn().getResponse().getContentAsString(),
					page -> page.contains("/berita/" + slug));
		mvc.perform(get("/berita/" + slug)).andExpect(status().isOk());
		counter.reset();
		mvc.perform(get("/berita/" + slug)).andExpect(status().isOk());
		int statements = counter.count();
		assertThat(statements).isLessThanOrEqualTo(MAX_STATEMENTS);
	}
}
