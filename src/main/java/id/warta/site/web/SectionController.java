package id.warta.site.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import id.warta.media.DocumentFile;
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

/**
 * The lists of news, announcements, galleries and documents, newest first, a page at a time, filtered by division,
 * tag and year. A filter that names nothing (an unknown division, a page past the end) answers 404.
 */
@Controller
@SitePage
class SectionController {

	static final String VIEW = "site/section";
	static final int PAGE_SIZE = 12;

	private final PublishedStories stories;
	private final Divisions divisions;
	private final PublicMedia media;
	private final PageMetas metas;

	SectionController(PublishedStories stories, Divisions divisions, PublicMedia media, PageMetas metas) {
		this.stories = stories;
		this.divisions = divisions;
		this.media = media;
		this.metas = metas;
	}

	@GetMapping("/{segment:berita|pengumuman|galeri|dokumen}")
	String section(@PathVariable String segment, @RequestParam(name = "bidang", required = false) String division,
			@RequestParam(name = "tag", required = false) String tag,
			@RequestParam(name = "tahun", required = false) Integer year,
			@RequestParam(name = "halaman", defaultValue = "1") int page, @ModelAttribute("agency") AgencyProfile agency,
			Model model, HttpServletResponse response) {
		StoryType type = StoryTypes.of(segment);
		Optional<DivisionSummary> chosen = division == null || division.isBlank() ? Optional.empty()
				: divisions.all().stream().filter(candidate -> candidate.slug().equals(division)).findFirst();
		if ((division != null && !division.isBlank() && chosen.isEmpty()) || page < 1 || (tag != null && tag.length() > 80)
				|| (year != null && (year < 1900 || year > 9999))) {
			return StoryTypes.notFound(response, model);
		}
		PublicPage found = stories.list(new PublicListing(EnumSet.of(type), chosen.map(DivisionSummary::id).orElse(null),
				tag, year, page, PAGE_SIZE));
		if (page > found.totalPages()) {
			return StoryTypes.notFound(response, model);
		}
		MediaShelf shelf = media.shelf(found.stories());
		model.addAttribute("type", type);
		model.addAttribute("found", found);
		model.addAttribute("cards", found.stories().stream().map(story -> StoryCard.of(story, shelf)).toList());
		model.addAttribute("documents", type == StoryType.DOCUMENT ? documents(found, shelf) : List.of());
		model.addAttribute("divisions", divisions.all().stream().filter(DivisionSummary::active).toList());
		model.addAttribute("years", stories.years(EnumSet.of(type)));
		model.addAttribute("chosenDivision", chosen.map(DivisionSummary::slug).orElse(""));
		model.addAttribute("chosenTag", tag == null ? "" : tag.strip());
		model.addAttribute("chosenYear", year);
		model.addAttribute("meta", metas.page(null, "/" + segment, agency, null));
		return VIEW;
	}

	private static List<StoryDocuments> documents(PublicPage found, MediaShelf shelf) {
		return found.stories()
			.stream()
			.map(story -> new StoryDocuments(story,
					story.documentMediaIds().stream().map(shelf::document).flatMap(Optional::stream).toList()))
			.toList();
	}

	/** A document story and its files, for the downloads list. */
	public record StoryDocuments(id.warta.newsroom.PublicStory story, List<DocumentFile> files) {
	}
}
