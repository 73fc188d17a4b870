package id.warta.newsroom.web;

import id.warta.newsroom.SourceMaterials;
import id.warta.newsroom.Channel;
import id.warta.newsroom.StoryRuleViolation;
import id.warta.newsroom.internal.Newsroom;
import id.warta.newsroom.internal.Story;
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

	ScreeningController(Newsroom newsroom, SourceMaterials materials, ClockViews clockViews) {
		this.clockViews = clockViews;
		this.newsroom = newsroom;
		this.materials = materials;
	}

	@GetMapping("/penyaringan")
	String queue(Model model) {
		var stories = newsroom.queue();
		model.addAttribute("stories", stories);
		model.addAttribute("clocks", clockViews.latest(stories));
		return QUEUE;
	}

	@GetMapping("/penyaringan/{id}")
	String review(@PathVariable long id, Model model) {
		Story story = newsroom.get(id);
		model.addAttribute("story", story);
		model.addAttribute("content", story.current().content());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("clocks", clockViews.timeline(story));
		model.addAttribute("sources",
				story.getSourceMaterialIds().stream().flatMap(m -> materials.find(m).stream()).toList());
		return REVIEW;
	}

	@PostMapping("/penyaringan/{id}/setujui")
	String approve(@PathVariable long id, @RequestParam int revision, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return decide(id, redirect, "story.approved", () -> newsroom.approve(id, revision, note));
	}

	@PostMapping("/penyaringan/{id}/kembalikan")
	String returnForRework(@PathVariable long id, @RequestParam int revision,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return decide(id, redirect, "story.returned", () -> newsroom.returnForRework(id, revision, note));
	}

	@PostMapping("/penyaringan/{id}/tolak")
	String reject(@PathVariable long id, @RequestParam int revision, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return decide(id, redirect, "story.rejected", () -> newsroom.reject(id, revision, note));
	}

	private String decide(long id, RedirectAttributes redirect, String success, Runnable decision) {
		try {
			decision.run();
			redirect.addFlashAttribute("success", success);
			return "redirect:/penyaringan";
		}
		catch (StoryRuleViolation violation) {
			redirect.addFlashAttribute("error", violation.messageKey());
			return "redirect:/penyaringan/" + id;
		}
	}
}
