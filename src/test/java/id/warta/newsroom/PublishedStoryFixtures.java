package id.warta.newsroom;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.warta.organization.Role;
import id.warta.support.Staff;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Stories published and withdrawn through the same requests people make, for tests outside the newsroom (the
 * website's feeds, sitemap and caches). Type and division are not part of what is approved, so a story can be
 * moved to another of either before it goes public.
 */
public class PublishedStoryFixtures {

	/** A story as the tests address it: its id, slug and public path. */
	public record Story(long id, String slug, String path) {
	}

	private final MockMvc mvc;
	private final Staff staff;
	private final JdbcTemplate jdbc;
	private final StoryFixtures stories;

	public PublishedStoryFixtures(MockMvc mvc, Staff staff, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.staff = staff;
		this.jdbc = jdbc;
		this.stories = new StoryFixtures(mvc, staff, jdbc);
	}

	/** Approved by a screener, not published. */
	public Story approved(String title, StoryType type, String divisionSlug) throws Exception {
		StoryFixtures.Made made = stories.approved(title);
		jdbc.update("UPDATE story SET type = ?, division_id = ? WHERE id = ?", type.name(),
				staff.divisionId(divisionSlug), made.id());
		return new Story(made.id(), made.slug(), "/" + type.pathSegment() + "/" + made.slug());
	}

	public Story published(String title, StoryType type, String divisionSlug) throws Exception {
		Story story = approved(title, type, divisionSlug);
		mvc.perform(post("/redaksi/berita/{id}/terbitkan", story.id()).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()));
		return story;
	}

	/**
	 * Published after the admin wrote this lead and body (HTML) into it; a PDF, when given, is sent with its
	 * material and attached to the story as a document.
	 */
	public Story published(String title, String lead, String body, byte[] pdf) throws Exception {
		String pdfName = "lampiran-" + System.nanoTime() + ".pdf";
		StoryFixtures.Made made = pdf == null ? stories.draft(title)
				: stories.draft(title, new MockMultipartFile("file1", pdfName, "application/pdf", pdf));
		var edit = post("/redaksi/berita/{id}", made.id()).with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())
			.param("type", StoryType.NEWS.name())
			.param("title", title)
			.param("slug", made.slug())
			.param("lead", lead)
			.param("body", body)
			.param("featuredMediaId", String.valueOf(jdbc.queryForObject(
					"SELECT featured_media_id FROM story_revision WHERE story_id = ? AND number = 1", Long.class,
					made.id())))
			.param("featuredAlt", "Foto kegiatan")
			.param("version",
					String.valueOf(jdbc.queryForObject("SELECT version FROM story WHERE id = ?", Long.class, made.id())));
		if (pdf != null) {
			edit.param("documents", String.valueOf(jdbc.queryForObject(
					"SELECT MAX(id) FROM media_asset WHERE original_name = ?", Long.class, pdfName)));
		}
		mvc.perform(edit);
		int revision = jdbc.queryForObject("SELECT MAX(number) FROM story_revision WHERE story_id = ?", Integer.class,
				made.id());
		mvc.perform(post("/redaksi/berita/{id}/ajukan", made.id()).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()));
		mvc.perform(post("/penyaringan/{id}/setujui", made.id()).with(staff.demo(Role.SCREENER))
			.with(csrf())
			.param("revision", String.valueOf(revision)));
		mvc.perform(post("/redaksi/berita/{id}/terbitkan", made.id()).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()));
		return new Story(made.id(), made.slug(), "/" + StoryType.NEWS.pathSegment() + "/" + made.slug());
	}

	/** Published after the admin gave its featured picture this caption and alternative text. */
	public Story publishedWithCaption(String title, String caption, String altText) throws Exception {
		Story story = approved(title, StoryType.NEWS, "sekretariat");
		long picture = jdbc.queryForObject(
				"SELECT featured_media_id FROM story_revision WHERE story_id = ? AND number = 1", Long.class,
				story.id());
		mvc.perform(post("/pustaka/{id}", picture).with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())
			.param("caption", caption)
			.param("altText", altText));
		mvc.perform(post("/redaksi/berita/{id}/terbitkan", story.id()).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()));
		return story;
	}

	public Story published(String title) throws Exception {
		return published(title, StoryType.NEWS, "sekretariat");
	}

	public void withdraw(Story story) throws Exception {
		mvc.perform(post("/redaksi/berita/{id}/tarik", story.id()).with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())
			.param("reason", "Ditarik dalam uji"));
	}
}
