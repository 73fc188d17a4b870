package id.warta.site.search;

import java.util.List;
import java.util.stream.Collectors;

import id.warta.newsroom.StoryType;
import id.warta.organization.DivisionSummary;
import id.warta.organization.Divisions;
import jakarta.servlet.http.HttpServletResponse;
import id.warta.site.web.SitePage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public search page. Whatever is typed answers a page: nothing typed, too much, or nothing searchable get a
 * message instead of hits. Result pages are kept out of search engines' indexes.
 */
@Controller
@SitePage
class SearchController {

	static final String VIEW = "site/search";

	private final SiteSearch search;
	private final Divisions divisions;
	private final SearchSettings settings;

	SearchController(SiteSearch search, Divisions divisions, SearchSettings settings) {
		this.search = search;
		this.divisions = divisions;
		this.settings = settings;
	}

	@GetMapping(SearchForm.PATH)
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String jenis,
			@RequestParam(required = false) String bidang, @RequestParam(required = false) String tahun,
			@RequestParam(required = false) String halaman, Model model, HttpServletResponse response) {
		response.setHeader("X-Robots-Tag", "noindex");
		List<DivisionSummary> all = divisions.all();
		SearchForm form = SearchForm.of(q, jenis, bidang, tahun, halaman,
				all.stream().map(DivisionSummary::slug).collect(Collectors.toSet()));
		model.addAttribute("form", form);
		model.addAttribute("types", StoryType.values());
		model.addAttribute("divisions", all.stream().filter(DivisionSummary::active).toList());
		model.addAttribute("divisionNames",
				all.stream().collect(Collectors.toMap(DivisionSummary::slug, DivisionSummary::name)));
		model.addAttribute("years", search.years());
		model.addAttribute("ready", search.ready());
		model.addAttribute("pageSize", settings.pageSize());
		model.addAttribute("longestQuery", settings.longestQuery());
		if (form.text().isEmpty()) {
			model.addAttribute("message", "search.hint");
		}
		else if (form.text().length() > settings.longestQuery()) {
			model.addAttribute("message", "search.tooLong");
		}
		else if (StoryQueries.words(form.text()).isEmpty()) {
			model.addAttribute("message", "search.nothingToSearch");
		}
		else {
			SiteSearch.Results results = search.search(form.query(), form.page());
			model.addAttribute("results", results);
			if (results.hits().isEmpty()) {
				model.addAttribute("message", results.total() == 0 ? "search.none" : "search.pastTheEnd");
			}
		}
		return VIEW;
	}
}
