package id.warta.newsroom;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.warta.organization.Role;
import id.warta.support.Staff;
import org.springframework.jdbc.core.JdbcTemplate;
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

	public Story published(String title) throws Exception {
		return published(title, StoryType.NEWS, "sekretariat");
	}

	public void withdraw(Story story) throws Exception {
		mvc.perform(post("/redaksi/berita/{id}/tarik", story.id()).with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())
			.param("reason", "Ditarik dalam uji"));
	}
}
