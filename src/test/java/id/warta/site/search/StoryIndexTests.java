package id.warta.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import id.warta.newsroom.StoryType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The index on its own: Indonesian stems, typos, marked snippets, filters, and text that is not query syntax. */
class StoryIndexTests {

	static final Instant IN_2025 = Instant.parse("2025-06-01T03:00:00Z");
	static final Instant IN_2026 = Instant.parse("2026-03-01T03:00:00Z");

	StoryIndex index = index(
			story(1, "Bantuan rumah tidak layak huni", "Warga menerima bantuan.", "<b>Sepuluh</b> rumah diperbaiki.",
					StoryType.NEWS, "bidang-perumahan", IN_2026),
			story(2, "Perumahan baru di Bekasi Utara", "", "Kawasan perumahan dibuka.", StoryType.ANNOUNCEMENT,
					"sekretariat", IN_2025),
			story(3, "Pembangunan jembatan Kali Bekasi", "Jembatan selesai.", "Pekerja membangun tiang.",
					StoryType.NEWS, "sekretariat", IN_2026));

	@AfterEach
	void close() throws IOException {
		index.close();
	}

	@Test
	void aDerivedWordFindsItsRootAndTheOtherWayRound() throws IOException {
		assertThat(ids("perumahan")).contains(1L, 2L);
		assertThat(ids("rumah")).contains(1L, 2L);
		assertThat(ids("bangun")).containsExactly(3L);
		assertThat(ids("pembangunan")).containsExactly(3L);
	}

	@Test
	void oneWrongLetterStillFinds() throws IOException {
		assertThat(ids("jembtan")).containsExactly(3L);
		assertThat(ids("jembatam")).containsExactly(3L);
		assertThat(ids("bantaun")).containsExactly(1L);
		assertThat(ids("jmbtn")).isEmpty();
	}

	@Test
	void aWordSpeltRightIsNotTakenForATypoOfARarerOne() throws IOException {
		for (long id = 10; id < 13; id++) {
			index.put(story(id, "Sengketa tanah warga", "", "", StoryType.NEWS, null, IN_2026));
		}
		index.put(story(13, "Gerakan tanam pohon", "", "", StoryType.NEWS, null, IN_2026));
		index.publish();

		assertThat(ids("tanah")).containsExactlyInAnyOrder(10L, 11L, 12L);
		assertThat(ids("tanam")).as("may be a typo of the commoner 'tanah'").contains(13L, 10L);
	}

	@Test
	void everyWordMustMatchAndTheTitleWeighsMost() throws IOException {
		assertThat(ids("perumahan kawasan")).containsExactly(2L);
		assertThat(ids("jembatan rumah")).isEmpty();
		assertThat(ids("rumah").get(0)).as("'rumah' in the title").isIn(1L, 2L);
	}

	@Test
	void matchesAreMarkedInEscapedText() throws IOException {
		index.put(story(4, "Rapat <script>alert(1)</script> drainase", "", "<p>Saluran &amp; <i>drainase</i> "
				+ "dibersihkan \"hari ini\".</p>", StoryType.NEWS, null, IN_2026));
		index.publish();
		StoryIndex.Hit hit = index.search(SearchQuery.of("drainase"), 0, 10).hits().get(0);

		assertThat(hit.title()).isEqualTo("Rapat &lt;script&gt;alert(1)&lt;/script&gt; <mark>drainase</mark>");
		assertThat(hit.snippet()).contains("Saluran &amp; <mark>drainase</mark> dibersihkan &quot;hari ini&quot;.")
			.doesNotContain("<i>")
			.doesNotContain("<p>");
	}

	@Test
	void aMarkedStemIsTheWordAsWritten() throws IOException {
		StoryIndex.Hit hit = index.search(SearchQuery.of("rumah"), 0, 10)
			.hits()
			.stream()
			.filter(h -> h.storyId() == 2)
			.findFirst()
			.orElseThrow();

		assertThat(hit.title()).isEqualTo("<mark>Perumahan</mark> baru di Bekasi Utara");
		assertThat(hit.snippet()).isEqualTo("Kawasan <mark>perumahan</mark> dibuka.");
	}

	@Test
	void documentTextIsFoundAndLongPassagesAreCut() throws IOException {
		String filler = "lorem ipsum dolor sit amet ".repeat(40);
		index.put(new SearchDocument(5, "v1", StoryType.DOCUMENT, "perda-5", null, IN_2026, "h5", "Peraturan daerah",
				"", "", "", "", filler + "retribusi pemakaman ditetapkan " + filler));
		index.publish();
		StoryIndex.Hit hit = index.search(SearchQuery.of("retribusi"), 0, 10).hits().get(0);

		assertThat(hit.storyId()).isEqualTo(5);
		assertThat(hit.source()).isEqualTo(StoryFields.DOCUMENT);
		assertThat(hit.snippet()).contains("<mark>retribusi</mark> pemakaman").startsWith("…").endsWith("…");
		assertThat(hit.snippet().length()).isLessThan(MarkedPassages.LONGEST + 60);
	}

	@Test
	void filtersByTypeDivisionAndYear() throws IOException {
		assertThat(ids(new SearchQuery("rumah", StoryType.NEWS, null, null))).containsExactly(1L);
		assertThat(ids(new SearchQuery("rumah", null, "sekretariat", null))).containsExactly(2L);
		assertThat(ids(new SearchQuery("rumah", null, null, 2025))).containsExactly(2L);
		assertThat(ids(new SearchQuery("rumah", null, null, 2024))).isEmpty();
		assertThat(index.years()).containsExactly(2026, 2025);
	}

	@Test
	void queryTextIsNeverSyntax() throws IOException {
		for (String odd : List.of("\"", "*", "AND(", "rumah AND(", "title:rumah", "ru?ah", "[a TO z]", "\\", "~",
				"!!!", "dan yang")) {
			assertThat(index.search(SearchQuery.of(odd), 0, 10)).as(odd).isNotNull();
		}
		assertThat(ids("rumah AND(")).isEmpty();
		assertThat(ids("\"rumah\"")).contains(1L, 2L);
		assertThat(index.search(SearchQuery.of("*"), 0, 10)).isEqualTo(StoryIndex.Found.NOTHING);
	}

	@Test
	void aStoryIsReplacedByItsNewVersionAndRemoved() throws IOException {
		assertThat(index.version(3)).contains("v3");
		index.put(story(3, "Pembangunan halte", "", "", StoryType.NEWS, "sekretariat", IN_2026));
		index.publish();
		assertThat(ids("jembatan")).isEmpty();
		assertThat(ids("halte")).containsExactly(3L);

		index.remove(3);
		index.publish();
		assertThat(ids("halte")).isEmpty();
		assertThat(index.version(3)).isEmpty();
		assertThat(index.size()).isEqualTo(2);
	}

	@Test
	void pagesAndCountsAllHits() throws IOException {
		StoryIndex.Found first = index.search(SearchQuery.of("bekasi"), 0, 1);
		StoryIndex.Found second = index.search(SearchQuery.of("bekasi"), 1, 1);

		assertThat(first.total()).isEqualTo(2);
		assertThat(first.exact()).isTrue();
		assertThat(first.hits()).hasSize(1);
		assertThat(second.hits()).hasSize(1);
		assertThat(second.hits().get(0).storyId()).isNotEqualTo(first.hits().get(0).storyId());
		assertThat(index.search(SearchQuery.of("bekasi"), 2, 1).hits()).isEmpty();
	}

	private List<Long> ids(String text) throws IOException {
		return ids(SearchQuery.of(text));
	}

	private List<Long> ids(SearchQuery query) throws IOException {
		return index.search(query, 0, 20).hits().stream().map(StoryIndex.Hit::storyId).toList();
	}

	static SearchDocument story(long id, String title, String lead, String body, StoryType type, String division,
			Instant publishedAt) {
		return new SearchDocument(id, "v" + id, type, "cerita-" + id, division, publishedAt, "hash" + id, title,
				lead, org.jsoup.Jsoup.parse(body).text(), "", "", "");
	}

	static StoryIndex index(SearchDocument... stories) {
		try {
			StoryIndex index = StoryIndex.inMemory(100_000);
			for (SearchDocument story : stories) {
				index.put(story);
			}
			index.publish();
			return index;
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
