package id.warta.newsroom.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import id.warta.newsroom.Channel;
import id.warta.newsroom.StoryRuleViolation;
import id.warta.newsroom.StoryState;
import id.warta.newsroom.StoryType;
import id.warta.newsroom.internal.Newsroom;
import id.warta.newsroom.internal.PublicPaths;
import id.warta.newsroom.internal.PublicationSchedule;
import id.warta.newsroom.internal.Story;
import id.warta.organization.Divisions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The content admin's desk: compose from material, edit, send to the screeners, publish, withdraw. */
@Controller
class DeskController {

	static final String DESK = "newsroom/desk";
	static final String EDITOR = "newsroom/editor";

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private final Newsroom newsroom;
	private final PublicationSchedule schedule;
	private final Divisions divisions;
	private final ClockViews clockViews;
	private final StoryMedia media;
	private final ChannelPreviews previews;
	private final RevisionPages pages;

	DeskController(Newsroom newsroom, PublicationSchedule schedule, Divisions divisions, ClockViews clockViews,
			StoryMedia media, ChannelPreviews previews, RevisionPages pages) {
		this.pages = pages;
		this.clockViews = clockViews;
		this.previews = previews;
		this.media = media;
		this.newsroom = newsroom;
		this.schedule = schedule;
		this.divisions = divisions;
	}

	@GetMapping("/redaksi/berita")
	String desk(Model model) {
		var stories = newsroom.desk();
		model.addAttribute("stories", stories);
		model.addAttribute("clocks", clockViews.latest(stories));
		return DESK;
	}

	@PostMapping("/redaksi/berita")
	String compose(@RequestParam(name = "material", required = false) List<Long> materialIds,
			@RequestParam(defaultValue = "NEWS") StoryType type, RedirectAttributes redirect) {
		try {
			long id = newsroom.compose(materialIds, type);
			redirect.addFlashAttribute("success", "story.composed");
			return "redirect:/redaksi/berita/" + id;
		}
		catch (StoryRuleViolation violation) {
			redirect.addFlashAttribute("error", violation.messageKey());
			return "redirect:/redaksi/bahan";
		}
	}

	@GetMapping("/redaksi/berita/{id}")
	String edit(@PathVariable long id, Model model) {
		Story story = newsroom.get(id);
		model.addAttribute("form", StoryForm.of(story));
		return showEditor(story, model);
	}

	@PostMapping("/redaksi/berita/{id}")
	String save(@PathVariable long id, @ModelAttribute("form") StoryForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		String refused = save(id, form, binding, model);
		if (refused != null) {
			return refused;
		}
		redirect.addFlashAttribute("success", "story.saved");
		return "redirect:/redaksi/berita/" + id;
	}

	/** Saves the form; on refusal, the editor view with everything typed and the reason, else null. */
	private String save(long id, StoryForm form, BindingResult binding, Model model) {
		Story story = newsroom.get(id);
		try {
			newsroom.save(id, form.version(), form.type(), form.divisionId(), form.content(story, media.of(story)));
			return null;
		}
		catch (StoryRuleViolation violation) {
			binding.reject(violation.messageKey());
		}
		catch (ObjectOptimisticLockingFailureException concurrent) {
			binding.reject("story.edit.stale");
		}
		return showEditor(story, model);
	}

	/**
	 * "Ajukan ke Penyaring" posts the editor's form: what was typed since the last "Simpan" is saved first, then
	 * submitted. A refused save shows the editor with everything typed; a refused submission keeps the saved edits.
	 */
	@PostMapping("/redaksi/berita/{id}/ajukan")
	String submit(@PathVariable long id, @ModelAttribute("form") StoryForm form, BindingResult binding,
			@RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
		// A second click finds the story already submitted: nothing more to save.
		if (form.title() != null && newsroom.get(id).getState() != StoryState.IN_REVIEW) {
			String refused = save(id, form, binding, model);
			if (refused != null) {
				model.addAttribute("note", note);
				return refused;
			}
		}
		return act(id, redirect, "story.submitted", () -> newsroom.submit(id, note));
	}

	@PostMapping("/redaksi/berita/{id}/terbitkan")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "story.published", () -> newsroom.publish(id));
	}

	/** Publication at a chosen moment, typed in WIB as offices think of time. */
	@PostMapping("/redaksi/berita/{id}/jadwalkan")
	String schedule(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
			RedirectAttributes redirect) {
		return act(id, redirect, "story.scheduled", () -> schedule.schedule(id,
				at == null ? null : at.atZone(JAKARTA).toInstant(), Newsroom.editor()));
	}

	@PostMapping("/redaksi/berita/{id}/batal-jadwal")
	String cancelSchedule(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "story.scheduleCancelled", () -> schedule.cancel(id));
	}

	@PostMapping("/redaksi/berita/{id}/tarik")
	String withdraw(@PathVariable long id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, "story.withdrawn", () -> newsroom.withdraw(id, reason));
	}

	private String act(long id, RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("success", success);
		}
		catch (StoryRuleViolation violation) {
			redirect.addFlashAttribute("error", violation.messageKey());
		}
		return "redirect:/redaksi/berita/" + id;
	}

	private String showEditor(Story story, Model model) {
		model.addAttribute("story", story);
		model.addAttribute("types", StoryType.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("divisions", divisions.all());
		model.addAttribute("publicPath", PublicPaths.of(story));
		model.addAttribute("content", story.current().content());
		model.addAttribute("article", pages.article(story.current().content()));
		model.addAttribute("media", media.describe(story));
		model.addAttribute("previews", previews.of(story.current().content(), PublicPaths.of(story)));
		model.addAttribute("scheduledAt", schedule.scheduledAt(story.getId()).orElse(null));
		model.addAttribute("clocks", clockViews.timeline(story));
		return EDITOR;
	}
}
