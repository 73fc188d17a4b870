package id.warta.site.web;

import java.util.EnumSet;

import id.warta.media.MediaShelf;
import id.warta.newsroom.PublicListing;
import id.warta.newsroom.PublicPage;
import id.warta.newsroom.PublishedStories;
import id.warta.newsroom.StoryType;
import id.warta.organization.AgencyProfile;
import id.warta.organization.DivisionSummary;
import id.warta.organization.Divisions;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A division's page: what it has published, newest first, with a link to its feed. */
@Controller
@SitePage
class DivisionPageController {

	static final String VIEW = "site/division";

	private final PublishedStories stories;
	private final Divisions divisions;
	private final PublicMedia media;
	private final PageMetas metas;

	DivisionPageController(PublishedStories stories, Divisions divisions, PublicMedia media, PageMetas metas) {
		this.stories = stories;
		this.divisions = divisions;
		this.media = media;
		this.metas = metas;
	}

	@GetMapping("/bidang/{slug}")
	String division(@PathVariable String slug, @RequestParam(name = "halaman", defaultValue = "1") int page,
			@ModelAttribute("agency") AgencyProfile agency, Model model, HttpServletResponse response) {
		var division = divisions.all()
			.stream()
			.filter(DivisionSummary::active)
			.filter(candidate -> candidate.slug().equals(slug))
			.findFirst();
		if (division.isEmpty() || page < 1) {
			return StoryTypes.notFound(response, model);
		}
		// Standing profile pages are the agency's, not news of a division.
		PublicPage found = stories.list(new PublicListing(EnumSet.complementOf(EnumSet.of(StoryType.PAGE)),
				division.get().id(), null, null, page, SectionController.PAGE_SIZE));
		if (page > found.totalPages()) {
			return StoryTypes.notFound(response, model);
		}
		MediaShelf shelf = media.shelf(found.stories());
		model.addAttribute("division", division.get());
		model.addAttribute("found", found);
		model.addAttribute("cards", found.stories().stream().map(story -> StoryCard.of(story, shelf)).toList());
		model.addAttribute("meta", metas.page(division.get().name(), "/bidang/" + slug, agency, null));
		return VIEW;
	}
}
