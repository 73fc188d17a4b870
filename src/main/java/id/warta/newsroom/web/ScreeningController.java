package id.warta.newsroom.web;

import java.util.stream.Collectors;

import id.warta.newsroom.SourceMaterials;
import id.warta.newsroom.Channel;
import id.warta.newsroom.StoryRuleViolation;
import id.warta.newsroom.internal.Editor;
import id.warta.newsroom.internal.DecidedRevisions;
import id.warta.newsroom.internal.Newsroom;
import id.warta.newsroom.internal.Story;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Screening (SOP step 3), made for a phone: the frozen revision as the public will see it, each channel's text,
 * the source material, and three decisions on that exact revision.
 */
@Controller
class ScreeningController {

	static final String QUEUE = "newsroom/queue";
	static final String REVIEW = "newsroom/review";

	private final Newsroom newsroom;
	private final SourceMaterials materials;
	private final ClockViews clockViews;
	private final RevisionPages pages;

	ScreeningController(Newsroom newsroom, SourceMaterials materials, ClockViews clockViews, RevisionPages pages) {
		this.pages = pages;
		this.clockViews = clockViews;
		this.newsroom = newsroom;
		this.materials = materials;
	}

	@GetMapping("/penyaringan")
	String queue(Model model) {
		var stories = newsroom.queue();
		Editor screener = Newsroom.editor();
		model.addAttribute("stories", stories);
		model.addAttribute("notYours",
				stories.stream().filter(s -> !s.mayBeApprovedBy(screener)).map(Story::getId).collect(Collectors.toSet()));
		model.addAttribute("clocks", clockViews.latest(stories));
		return QUEUE;
	}

	@GetMapping("/penyaringan/{id}")
	String review(@PathVariable long id, Model model) {
		Story story = newsroom.get(id);
		model.addAttribute("story", story);
		model.addAttribute("mayApprove", story.mayBeApprovedBy(Newsroom.editor()));
		model.addAttribute("content", story.current().content());
		model.addAttribute("article", pages.article(story.current().content()));
		// What changed since this screener last decided (or since the last approval), not the whole story again.
		model.addAttribute("changes", DecidedRevisions.lastSeenBy(story, Newsroom.editor().id())
			.map(seen -> pages.compare(seen, story.current()))
			.orElse(null));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("clocks", clockViews.timeline(story));
		model.addAttribute("sources",
				story.getSourceMaterialIds().stream().flatMap(m -> materials.find(m).stream()).toList());
		return REVIEW;
	}

	@PostMapping("/penyaringan/{id}/setujui")
	String approve(@PathVariable long id, @RequestParam int revision, @RequestParam(required = false) String note,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return decide(id, model, response, redirect, "story.approved", () -> newsroom.approve(id, revision, note));
	}

	@PostMapping("/penyaringan/{id}/kembalikan")
	String returnForRework(@PathVariable long id, @RequestParam int revision,
			@RequestParam(required = false) String note, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return decide(id, model, response, redirect, "story.returned",
				() -> newsroom.returnForRework(id, revision, note));
	}

	@PostMapping("/penyaringan/{id}/tolak")
	String reject(@PathVariable long id, @RequestParam int revision, @RequestParam(required = false) String note,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return decide(id, model, response, redirect, "story.rejected", () -> newsroom.reject(id, revision, note));
	}

	/**
	 * A decision that lost to another screener's answers 409 with the review as it now stands and decision
	 * wording; other refusals go back to the review with the reason.
	 */
	private String decide(long id, Model model, HttpServletResponse response, RedirectAttributes redirect,
			String success, Runnable decision) {
		try {
			decision.run();
			redirect.addFlashAttribute("success", success);
			return "redirect:/penyaringan";
		}
		catch (StoryRuleViolation violation) {
			if (!violation.isConflict()) {
				redirect.addFlashAttribute("error", violation.messageKey());
				return "redirect:/penyaringan/" + id;
			}
		}
		catch (ConcurrencyFailureException lost) {
			// Another decision was written first; the story row lock makes this rare (ADR 0020).
		}
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("error", StoryRuleViolation.DECIDED_ELSEWHERE);
		return review(id, model);
	}
}
