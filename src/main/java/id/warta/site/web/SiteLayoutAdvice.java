package id.warta.site.web;

import java.util.List;

import id.warta.newsroom.PublicListing;
import id.warta.newsroom.PublishedStories;
import id.warta.newsroom.StoryType;
import id.warta.organization.DivisionSummary;
import id.warta.organization.Divisions;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The public layout's menu: the agency's profile pages and its divisions, for every public page. */
@ControllerAdvice(annotations = SitePage.class)
class SiteLayoutAdvice {

	/** More than this many profile pages would not fit a menu; the rest stay reachable from the sitemap. */
	static final int PROFILE_PAGES = 8;

	private final PublishedStories stories;
	private final Divisions divisions;

	SiteLayoutAdvice(PublishedStories stories, Divisions divisions) {
		this.stories = stories;
		this.divisions = divisions;
	}

	/** For {@code aria-current} on the menu item of the section being read. */
	@ModelAttribute("currentSection")
	String currentSection(jakarta.servlet.http.HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		int next = path.indexOf('/', 1);
		return next < 0 ? path : path.substring(0, next);
	}

	@ModelAttribute("layout")
	SiteLayout layout() {
		var pages = stories.list(PublicListing.of(StoryType.PAGE, PROFILE_PAGES))
			.stories()
			.stream()
			.map(page -> new SiteLayout.Link(page.title(), page.path()))
			.toList();
		List<SiteLayout.Link> units = divisions.all()
			.stream()
			.filter(DivisionSummary::active)
			.map(division -> new SiteLayout.Link(division.name(), "/bidang/" + division.slug()))
			.toList();
		return new SiteLayout(pages, units);
	}
}
