package id.warta.site.web;

import java.util.List;
import java.util.Optional;

import id.warta.media.MediaShelf;
import id.warta.newsroom.ArticleView;
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
		MediaShelf shelf = media.shelf(List.of(published));
		model.addAttribute("story", published);
		model.addAttribute("article", ArticleView.of(published, shelf));
		model.addAttribute("meta", metas.story(published, agency,
				Optional.ofNullable(published.featuredMediaId()).flatMap(id -> shelf.rendition(id, PageMetas.LINK_CARD))));
		return ARTICLE;
	}
}
