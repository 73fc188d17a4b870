package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.util.List;
import java.util.Map;
import java.util.Set;

import id.warta.newsroom.internal.RevisionDiff;
import id.warta.newsroom.internal.StoryContent;
import id.warta.organization.Role;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WartaTest
class RevisionDiffTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void onlyChangedFieldsAppearWithTheirAddedAndRemovedLines() {
		var before = storyContent("Judul lama", "<p>Paragraf satu</p><p>Paragraf dua</p>");
		var after = storyContent("Judul baru", "<p>Paragraf satu</p><p>Paragraf tiga</p>");
		var fields = RevisionDiff.between(before, after);
		assertThat(fields).extracting(RevisionDiff.Field::labelKey).containsExactly("story.title", "story.body");
		assertThat(fields.get(1).lines()).extracting(RevisionDiff.Line::kind, RevisionDiff.Line::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(RevisionDiff.Kind.SAME, "<p>Paragraf satu</p>"),
					org.assertj.core.groups.Tuple.tuple(RevisionDiff.Kind.REMOVED, "<p>Paragraf dua</p>"),
					org.assertj.core.groups.Tuple.tuple(RevisionDiff.Kind.ADDED, "<p>Paragraf tiga</p>"));
	}

	@Test
	void theAdminComparesAnyTwoRevisions() throws Exception {
		var story = new StoryFixtures(mvc, staff, jdbc).draft("Banjir Kali Bekasi " + System.nanoTime());
		Long version = jdbc.queryForObject("SELECT version FROM story WHERE id = ?", Long.class, story.id());
		mvc.perform(post("/redaksi/berita/{id}", story.id()).with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())
			.param("type", "NEWS")
			.param("title", "Penanganan banjir Kali Bekasi")
			.param("slug", story.slug())
			.param("body", "Petugas membersihkan saluran.")
			.param("version", String.valueOf(version)));
		mvc.perform(get("/redaksi/berita/{id}/beda", story.id()).param("dari", "1").param("ke", "2")
			.with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(content().string(containsString("Perbedaan revisi 1 dan 2")))
			.andExpect(content().string(containsString("Penanganan banjir Kali Bekasi")))
			.andExpect(content().string(containsString("diff-removed")));
	}

	private static StoryContent storyContent(String title, String body) {
		return new StoryContent(title, "judul", "", body, List.of(), null, null, List.of(), List.of(), Map.of(),
				Set.of());
	}
}
