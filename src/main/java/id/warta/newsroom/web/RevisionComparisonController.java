package id.warta.newsroom.web;

import id.warta.newsroom.internal.Newsroom;
import id.warta.newsroom.internal.Story;
import id.warta.newsroom.internal.StoryNotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What changed between any two revisions of a story: for the content admin at the desk, and for the screener
 * from the review (each under their own address, so each keeps their own access rule).
 */
@Controller
class RevisionComparisonController {

	static final String DIFF = "newsroom/diff";

	private final Newsroom newsroom;
	private final RevisionPages pages;

	RevisionComparisonController(Newsroom newsroom, RevisionPages pages) {
		this.newsroom = newsroom;
		this.pages = pages;
	}

	@GetMapping("/redaksi/berita/{id}/beda")
	String atDesk(@PathVariable long id, @RequestParam(required = false) Integer dari,
			@RequestParam(required = false) Integer ke, Model model) {
		return compare(id, dari, ke, "/redaksi/berita/", model);
	}

	@GetMapping("/penyaringan/{id}/beda")
	String inScreening(@PathVariable long id, @RequestParam(required = false) Integer dari,
			@RequestParam(required = false) Integer ke, Model model) {
		return compare(id, dari, ke, "/penyaringan/", model);
	}

	private String compare(long id, Integer dari, Integer ke, String base, Model model) {
		Story story = newsroom.get(id);
		int to = ke == null ? story.current().getNumber() : ke;
		int from = dari == null ? Math.max(1, to - 1) : dari;
		var older = story.revision(from).orElseThrow(() -> new StoryNotFound(id));
		var newer = story.revision(to).orElseThrow(() -> new StoryNotFound(id));
		model.addAttribute("story", story);
		model.addAttribute("base", base);
		model.addAttribute("comparison", pages.compare(older, newer));
		return DIFF;
	}
}
