package id.warta.site.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.warta.support.WartaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Whatever is typed or put in the address, the search page answers with a form and a message, never an error. */
@WartaTest
class SearchQueryTests {

	@Autowired
	MockMvc mvc;

	SearchPages pages;

	@BeforeEach
	void fixtures() {
		pages = new SearchPages(mvc);
	}

	@Test
	void withoutAQueryTheFormAsksForOne() throws Exception {
		String page = mvc.perform(get("/cari"))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Robots-Tag", "noindex"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("role=\"search\"")
			.contains("<label for=\"q\">Kata yang dicari</label>")
			.contains("id=\"q\" name=\"q\" type=\"text\"")
			.contains("Ketik kata yang dicari");
		assertThat(pages.search("   ")).contains("Ketik kata yang dicari");
	}

	@Test
	void anOverlongQueryIsRefusedWithAMessage() throws Exception {
		assertThat(pages.search("rumah ".repeat(40))).contains("terlalu panjang: paling banyak 200 karakter");
	}

	@Test
	void querySyntaxIsJustText() throws Exception {
		for (String odd : new String[] { "\"", "*", "?", "(", "~", "\\", "!!!" }) {
			assertThat(pages.search(odd)).as(odd).contains("Tidak ada kata yang bisa dicari");
		}
		for (String odd : new String[] { "AND(", "rumah AND(", "title:rumah", "[a TO z]", "ru*ah", "\"rumah",
				"<script>alert(1)</script>" }) {
			assertThat(pages.search(odd)).as(odd).doesNotContain("<script>alert");
		}
		assertThat(pages.search("zzqqxxy AND(")).contains("Tidak ada hasil untuk “zzqqxxy AND(”");
	}

	@Test
	void oddFiltersAndPagesAreIgnored() throws Exception {
		assertThat(pages.search("rumah", "jenis", "rahasia", "bidang", "../admin", "tahun", "abc", "halaman", "-5"))
			.contains("role=\"search\"");
		assertThat(pages.search("rumah", "halaman", "99999999999")).contains("role=\"search\"");
	}

	@Test
	void speaksEnglishWhenAskedTo() throws Exception {
		assertThat(pages.search("", "lang", "en")).contains("Search for").contains("Type what you are looking for");
	}
}
