package id.warta.site.search;

import static id.warta.site.search.SearchPages.lists;
import static id.warta.site.search.SearchPages.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;

import id.warta.newsroom.PublishedStoryFixtures;
import id.warta.newsroom.StoryType;
import id.warta.support.Staff;
import id.warta.support.TestFiles;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** What a reader finds at /cari among stories published through the real flow. */
@WartaTest
class SearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	PublishedStoryFixtures stories;
	SearchPages pages;

	@BeforeEach
	void fixtures() {
		stories = new PublishedStoryFixtures(mvc, staff, jdbc);
		pages = new SearchPages(mvc);
	}

	@Test
	void derivedWordsFindTheirRootAndTheOtherWayRound() throws Exception {
		String word = uniqueWord();
		var housing = stories.published("Bantuan perumahan warga " + word);
		var bridge = stories.published("Pembangunan jembatan " + word);
		pages.awaitFound(word, housing.path());
		pages.awaitFound(word, bridge.path());

		assertThat(pages.search("rumah " + word)).satisfies(page -> assertThat(lists(page, housing.path())).isTrue())
			.satisfies(page -> assertThat(lists(page, bridge.path())).isFalse());
		assertThat(pages.search("bangun " + word)).satisfies(page -> assertThat(lists(page, bridge.path())).isTrue())
			.satisfies(page -> assertThat(lists(page, housing.path())).isFalse());
		assertThat(lists(pages.search("membangun " + word), bridge.path())).isTrue();
	}

	@Test
	void oneMistypedLetterStillFinds() throws Exception {
		String word = uniqueWord();
		var story = stories.published("Normalisasi saluran drainase " + word);
		pages.awaitFound(word, story.path());

		assertThat(lists(pages.search("normalisasl " + word), story.path())).as("one letter wrong").isTrue();
		assertThat(lists(pages.search("drianase " + word), story.path())).as("two letters swapped").isTrue();
		assertThat(lists(pages.search("slrn " + word), story.path())).as("far from any word").isFalse();
	}

	@Test
	void matchesAreMarkedInEscapedTitlesAndSnippets() throws Exception {
		String word = uniqueWord();
		var story = stories.published("<b>Drainase</b> & saluran " + word, "Warga bergotong royong.",
				"<p>Saluran <strong>drainase</strong> dibersihkan &amp; <em>diperbaiki</em> hari ini.</p>", null);
		String page = pages.awaitFound("drainase " + word, story.path());

		assertThat(page).contains("&lt;b&gt;<mark>Drainase</mark>&lt;/b&gt; &amp; saluran <mark>" + word + "</mark>")
			.contains("Saluran <mark>drainase</mark> dibersihkan &amp; diperbaiki hari ini.")
			.doesNotContain("<b>Drainase")
			.doesNotContain("<strong>drainase");
	}

	@Test
	void filtersByTypeDivisionAndYear() throws Exception {
		String word = uniqueWord();
		var news = stories.published("Berita sekretariat " + word, StoryType.NEWS, "sekretariat");
		var notice = stories.published("Pengumuman perumahan " + word, StoryType.ANNOUNCEMENT, "bidang-perumahan");
		pages.awaitFound(word, news.path());
		pages.awaitFound(word, notice.path());
		String thisYear = String.valueOf(Year.now(ZoneId.of("Asia/Jakarta")).getValue());

		String announcements = pages.search(word, "jenis", "pengumuman");
		assertThat(lists(announcements, notice.path())).isTrue();
		assertThat(lists(announcements, news.path())).isFalse();
		String secretariat = pages.search(word, "bidang", "sekretariat");
		assertThat(lists(secretariat, news.path())).isTrue();
		assertThat(lists(secretariat, notice.path())).isFalse();
		String thisYears = pages.search(word, "tahun", thisYear);
		assertThat(lists(thisYears, news.path()) && lists(thisYears, notice.path())).isTrue();
		assertThat(thisYears).contains("<option value=\"" + thisYear + "\" selected=\"selected\">");
		String lastYears = pages.search(word, "tahun", String.valueOf(Integer.parseInt(thisYear) - 1));
		assertThat(lists(lastYears, news.path()) || lists(lastYears, notice.path())).isFalse();
	}

	@Test
	void theTextOfAnAttachedPdfIsFound() throws Exception {
		String word = uniqueWord();
		var story = stories.published("Peraturan retribusi", "Ringkasan peraturan.", "<p>Lihat lampiran.</p>",
				TestFiles.pdf("Tarif retribusi pemakaman " + word + " berlaku mulai Januari"));
		String page = pages.awaitFound(word, story.path());

		assertThat(page).contains("<mark>" + word + "</mark>").contains("dalam dokumen lampiran");
	}

	@Test
	void captionsAndAltTextOfPicturesAreFound() throws Exception {
		String word = uniqueWord();
		String other = uniqueWord();
		var story = stories.publishedWithCaption("Kerja bakti", "Warga mengecat gapura " + word,
				"Gapura kampung " + other);

		assertThat(pages.awaitFound(word, story.path())).contains("pada keterangan foto");
		assertThat(lists(pages.search(other), story.path())).isTrue();
	}

	@Test
	void resultsArePaged() throws Exception {
		String word = uniqueWord();
		var stories = new java.util.ArrayList<PublishedStoryFixtures.Story>();
		for (int i = 0; i < 11; i++) {
			stories.add(this.stories.published("Rapat ke-" + i + " " + word));
		}
		pages.awaitFound(word, stories.get(10).path());
		await().atMost(Duration.ofSeconds(60)).until(() -> pages.search(word).contains("11 hasil"));

		String first = pages.search(word);
		String second = pages.search(word, "halaman", "2");
		assertThat(first).contains("11 hasil").contains("Halaman 1 dari 2").contains("halaman=2");
		assertThat(second).contains("Halaman 2 dari 2");
		assertThat(stories).allSatisfy(story -> assertThat(lists(first, story.path()) ^ lists(second, story.path()))
			.as(story.path() + " on exactly one page").isTrue());
	}
}
