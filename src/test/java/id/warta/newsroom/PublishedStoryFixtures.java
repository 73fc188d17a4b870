package id.warta.newsroom;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import id.warta.organization.Role;
import id.warta.support.Staff;
import id.warta.support.TestFiles;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stories published and withdrawn through the same requests people make, for tests outside the newsroom (the
 * website's feeds, sitemap and caches). Type and division are not part of what is approved, so a story can be
 * moved to another of either before it goes public.
 */
public class PublishedStoryFixtures {

	private static final JsonMapper JSON = JsonMapper.builder().build();

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

	/**
	 * A news story published on the website and sent to these social channels, each with its own approved text
	 * (the channel's name maps to the text). Pictures: the fixture's one JPEG; {@code extraMedia} ids (from
	 * {@code MediaLibrary.store}) are added to the gallery, so a test can give a story several pictures or a video.
	 */
	public Story publishedTo(String title, Map<Channel, String> texts, List<Long> extraMedia) throws Exception {
		return publishedTo(title, texts, extraMedia, true);
	}

	/** Like {@link #publishedTo(String, Map, List)}, without any picture: a text post. */
	public Story publishedTextTo(String title, Map<Channel, String> texts) throws Exception {
		return publishedTo(title, texts, List.of(), false);
	}

	/**
	 * Like {@link #publishedTo(String, Map, List)}; without the fixture's picture when {@code pictures} is false, so
	 * that the story's media are only the extra ones (a video alone, for instance).
	 */
	public Story publishedTo(String title, Map<Channel, String> texts, List<Long> extraMedia, boolean pictures)
			throws Exception {
		StoryFixtures.Made made = stories.draft(title);
		Story story = new Story(made.id(), made.slug(), "/berita/" + made.slug());
		revise(story, content -> {
			var channels = content.putArray("channels");
			ObjectNode channelTexts = content.putObject("channelTexts");
			texts.forEach((channel, text) -> {
				channels.add(channel.name());
				channelTexts.put(channel.name(), text);
			});
			var gallery = (tools.jackson.databind.node.ArrayNode) content.get("galleryMediaIds");
			if (!pictures) {
				content.putNull("featuredMediaId");
				content.put("featuredAlt", "");
				gallery.removeAll();
			}
			extraMedia.forEach(gallery::add);
		});
		return story;
	}

	/** A published document story: a PDF to download beside a photo, sent, composed, approved and published. */
	public Story publishedDocument(String title) throws Exception {
		var sent = mvc.perform(multipart("/bahan/kirim")
			.file(new MockMultipartFile("file0", "rencana-kerja.pdf", "application/pdf", TestFiles.pdf(title)))
			.file(new MockMultipartFile("file1", "foto.jpg", "image/jpeg", TestFiles.jpeg()))
			.with(staff.demo(Role.CONTRIBUTOR)).with(csrf())
			.param("title", title).param("activityDate", "2026-11-20").param("captions[0]", "Dokumen")
			.param("captions[1]", "Foto")).andReturn();
		long material = Long.parseLong(sent.getResponse().getRedirectedUrl().substring("/bahan/".length()));
		var composed = mvc.perform(post("/redaksi/berita").with(staff.demo(Role.CONTENT_ADMIN)).with(csrf())
			.param("material", String.valueOf(material))).andReturn();
		long id = Long.parseLong(composed.getResponse().getRedirectedUrl().substring("/redaksi/berita/".length()));
		jdbc.update("UPDATE story SET type = 'DOCUMENT' WHERE id = ?", id);
		mvc.perform(post("/redaksi/berita/{id}/ajukan", id).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()));
		mvc.perform(post("/penyaringan/{id}/setujui", id).with(staff.demo(Role.SCREENER)).with(csrf())
			.param("revision", "1"));
		mvc.perform(post("/redaksi/berita/{id}/terbitkan", id).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()));
		String slug = jdbc.queryForObject("SELECT slug FROM story_revision WHERE story_id = ? AND number = 1",
				String.class, id);
		return new Story(id, slug, "/" + StoryType.DOCUMENT.pathSegment() + "/" + slug);
	}

	/** Sent back to the editor by the screener, so never public. */
	public Story returned(String title, StoryType type) throws Exception {
		return decided(title, type, "RETURN");
	}

	/** Refused by the screener, so never public. */
	public Story rejected(String title, StoryType type) throws Exception {
		return decided(title, type, "REJECT");
	}

	/**
	 * Gives a published story a new slug the way staff do it: a new revision through the API, submitted, approved
	 * and published. Returns the story at its new address.
	 */
	public Story renamed(Story story, String newSlug) throws Exception {
		revise(story, content -> content.put("slug", newSlug));
		String segment = story.path().substring(1, story.path().indexOf('/', 1));
		return new Story(story.id(), newSlug, "/" + segment + "/" + newSlug);
	}

	/** Saves a new revision of a story's content through the API, as the content admin; nothing more. */
	public void edit(Story story, Consumer<ObjectNode> change) throws Exception {
		String json = mvc.perform(get("/api/v1/stories/{id}", story.id()).with(staff.demo(Role.CONTENT_ADMIN)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		ObjectNode view = (ObjectNode) JSON.readTree(json);
		ObjectNode content = (ObjectNode) view.get("current").get("content");
		change.accept(content);
		content.put("version", view.get("version").asLong());
		content.set("divisionId", view.get("divisionId"));
		mvc.perform(put("/api/v1/stories/{id}", story.id()).with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(content))).andExpect(status().isOk());
	}

	/** Changes a story's content through a new revision through the API, submitted, approved and published. */
	public void revise(Story story, Consumer<ObjectNode> change) throws Exception {
		edit(story, change);
		mvc.perform(post("/api/v1/stories/{id}/submit", story.id()).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()))
			.andExpect(status().isOk());
		int revision = jdbc.queryForObject("SELECT MAX(number) FROM story_revision WHERE story_id = ?", Integer.class,
				story.id());
		mvc.perform(post("/api/v1/stories/{id}/decisions", story.id()).with(staff.demo(Role.SCREENER))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"APPROVE\",\"revision\":" + revision + "}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/stories/{id}/publish", story.id()).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()))
			.andExpect(status().isOk());
	}

	private Story decided(String title, StoryType type, String decision) throws Exception {
		StoryFixtures.Made made = stories.draft(title);
		jdbc.update("UPDATE story SET type = ? WHERE id = ?", type.name(), made.id());
		mvc.perform(post("/redaksi/berita/{id}/ajukan", made.id()).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()));
		mvc.perform(post("/api/v1/stories/{id}/decisions", made.id()).with(staff.demo(Role.SCREENER))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"" + decision + "\",\"revision\":1,\"note\":\"Perlu diperbaiki\"}"))
			.andExpect(status().isOk());
		return new Story(made.id(), made.slug(), "/" + type.pathSegment() + "/" + made.slug());
	}

	public void withdraw(Story story) throws Exception {
		mvc.perform(post("/redaksi/berita/{id}/tarik", story.id()).with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())
			.param("reason", "Ditarik dalam uji"));
	}
}
