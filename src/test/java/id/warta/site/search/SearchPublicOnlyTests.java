package id.warta.site.search;

import static id.warta.site.search.SearchPages.lists;
import static id.warta.site.search.SearchPages.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;

import id.warta.newsroom.PublishedStoryFixtures;
import id.warta.newsroom.StoryType;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Search never shows what the website would not: stories approved but not published, withdrawn ones, and ones
 * changed behind the application's back, even while the index still holds them.
 */
@WartaTest
class SearchPublicOnlyTests {

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
	void anApprovedStoryIsNotFoundBeforeItIsPublished() throws Exception {
		String word = uniqueWord();
		var approved = stories.approved("Belum terbit " + word, StoryType.NEWS, "sekretariat");
		var published = stories.published("Sudah terbit " + word);

		String page = pages.awaitFound(word, published.path());
		assertThat(lists(page, approved.path())).isFalse();
		assertThat(page).doesNotContain("Belum terbit");
	}

	@Test
	void aWithdrawnStoryIsNotFoundFromTheMomentItIsWithdrawn() throws Exception {
		String word = uniqueWord();
		var story = stories.published("Akan ditarik " + word);
		pages.awaitFound(word, story.path());

		stories.withdraw(story);

		assertThat(pages.search(word)).doesNotContain(story.path()).doesNotContain("Akan ditarik");
	}

	@Test
	void aTamperedStoryIsNotFoundEvenWhileTheIndexHoldsIt() throws Exception {
		String word = uniqueWord();
		var story = stories.published("Perbaikan jalan " + word);
		pages.awaitFound(word, story.path());
		String title = jdbc.queryForObject("SELECT title FROM story_revision WHERE story_id = ? AND number = 1",
				String.class, story.id());
		jdbc.update("UPDATE story_revision SET title = ? WHERE story_id = ? AND number = 1",
				"Slot gacor " + word, story.id());
		try {
			assertThat(pages.search(word)).doesNotContain(story.path()).doesNotContain("gacor");
			assertThat(pages.search("gacor " + word)).doesNotContain(story.path());
		}
		finally {
			// The database is shared by every test: put the approved text back.
			jdbc.update("UPDATE story_revision SET title = ? WHERE story_id = ? AND number = 1", title, story.id());
		}
	}
}
