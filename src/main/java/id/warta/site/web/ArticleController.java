package id.warta.site.web;

import java.util.List;
import java.util.Optional;

import id.warta.media.MediaKind;
import id.warta.newsroom.PublicStory;
import id.warta.newsroom.PublishedStories;
import id.warta.newsroom.StoryType;
import id.warta.organization.AgencyProfile;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Published stories at their public address. Only a published revision whose seal holds is served; a withdrawn
 * one answers 410 Gone, a tampered one 503 for that page alone, and an address the story had before its slug
 * changed 301 to where it lives now.
 */
@Controller
@SitePage
class ArticleController {

	static final String ARTICLE = "site/article";
	static final String GONE = "site/gone";
	static final String WITHHELD = "site/withheld";

	private final PublishedStories stories;
	private final PublicMedia media;
	private final PageMetas metas;

	ArticleController(PublishedStories stories, PublicMedia media, PageMetas metas) {
		this.stories = stories;
		this.media = media;
		this.metas = metas;
	}

	@GetMapping("/{segment:berita|pengumuman|galeri|dokumen|profil}/{slug}")
	String article(@PathVariable String segment, @PathVariable String slug,
			@ModelAttribute("agency") AgencyProfile agency, Model model, HttpServletResponse response) {
		StoryType type = StoryTypes.of(segment);
		var story = stories.find(type, slug);
		if (story.isEmpty()) {
			Optional<String> moved = stories.movedTo(type, slug);
			if (moved.isPresent()) {
				response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
				response.setHeader("Location", moved.get());
				return null;
			}
			if (stories.withdrawn(type, slug)) {
				response.setStatus(HttpServletResponse.SC_GONE);
				return GONE;
			}
			return StoryTypes.notFound(response, model);
		}
		PublicStory published = story.get();
		if (!published.intact()) {
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			return WITHHELD;
		}
		PublicMedia.Shelf shelf = media.shelf(List.of(published));
		model.addAttribute("story", published);
		model.addAttribute("featured", published.featuredMediaId() == null ? null
				: shelf.picture(published.featuredMediaId(), alt(published)).orElse(null));
		model.addAttribute("gallery", gallery(published, shelf));
		model.addAttribute("documents",
				published.documentMediaIds().stream().map(shelf::document).flatMap(Optional::stream).toList());
		model.addAttribute("meta", metas.story(published, agency,
				Optional.ofNullable(published.featuredMediaId()).flatMap(id -> shelf.rendition(id, PageMetas.LINK_CARD))));
		return ARTICLE;
	}

	private static String alt(PublicStory story) {
		return story.featuredAlt() != null && !story.featuredAlt().isBlank() ? story.featuredAlt() : story.title();
	}

	/** Gallery items in order: pictures with their widths, videos with their poster, recordings as audio. */
	private static List<GalleryItem> gallery(PublicStory story, PublicMedia.Shelf shelf) {
		int count = story.galleryMediaIds().size();
		return java.util.stream.IntStream.range(0, count).mapToObj(index -> {
			long id = story.galleryMediaIds().get(index);
			MediaKind kind = shelf.kind(id).orElse(MediaKind.IMAGE);
			String label = story.title() + " (" + (index + 1) + "/" + count + ")";
			return new GalleryItem(id, kind, "/berkas/" + id, shelf.picture(id, label).orElse(null), label);
		}).toList();
	}

	/** One item of a story's gallery as the page shows it. */
	public record GalleryItem(long id, MediaKind kind, String src, PublicMedia.Picture picture, String label) {
	}
}
