package id.warta.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A word and its derived forms share a stem, also where Lucene's stemmer alone takes a root's first letter. */
class IndonesianStemsTests {

	IndonesianStems stems = new IndonesianStems();

	@Test
	void derivedFormsShareAStemWithTheirRoot() {
		assertThat(stems.of("perumahan")).contains("rumah");
		assertThat(stems.of("pembangunan")).contains("bangun");
		assertThat(stems.of("membangun")).contains("bangun");
		assertThat(stems.of("rumahnya")).contains("rumah");
		assertThat(stems.of("pengirim")).contains("kirim");
		assertThat(stems.of("memukul")).contains("pukul");
		assertThat(stems.of("penerangan")).contains("terang");
		assertThat(stems.of("perbaikan")).contains("baik");
		assertThat(stems.of("pemeliharaan")).contains("pelihara");
		assertThat(stems.of("pemerintah")).containsAnyElementsOf(stems.of("perintah"));
	}

	@Test
	void lucenesStemComesFirstAndShortWordsStayWhole() {
		assertThat(stems.of("perumahan").get(0)).isEqualTo("umah");
		assertThat(stems.of("rumah")).containsExactly("rumah");
		assertThat(stems.of("jalan")).containsExactly("jalan");
		assertThat(stems.of("kelola")).contains("kelola");
	}

	@Test
	void numbersAndCodesAreTheirOwnStem() {
		assertThat(stems.of("2026")).containsExactly("2026");
		assertThat(stems.of("rt05")).containsExactly("rt05");
	}
}
