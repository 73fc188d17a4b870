package id.warta.publishing.web;

import id.warta.publishing.internal.PublicationBoard;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Step 4's status board for one story: every channel, its attempts, and the buttons to act on them. */
@Controller
class PublicationBoardController {

	static final String VIEW = "publishing/board";

	private final PublicationBoard board;

	PublicationBoardController(PublicationBoard board) {
		this.board = board;
	}

	@GetMapping("/redaksi/berita/{id}/kanal")
	String board(@PathVariable long id, Model model) {
		model.addAttribute("storyId", id);
		model.addAttribute("rows", board.of(id));
		model.addAttribute("accounts", board.accounts());
		return VIEW;
	}

	@PostMapping("/redaksi/berita/{id}/kanal/{publication}/ulang")
	String retry(@PathVariable long id, @PathVariable long publication, RedirectAttributes redirect) {
		return done(id, board.retry(id, publication), "publication.retried", redirect);
	}

	@PostMapping("/redaksi/berita/{id}/kanal/{publication}/batal")
	String cancel(@PathVariable long id, @PathVariable long publication, RedirectAttributes redirect) {
		return done(id, board.cancel(id, publication), "publication.cancelled", redirect);
	}

	@PostMapping("/redaksi/berita/{id}/kanal/{publication}/lewati")
	String skip(@PathVariable long id, @PathVariable long publication,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		if (reason.isBlank()) {
			redirect.addFlashAttribute("error", "publication.skip.reasonRequired");
			return "redirect:/redaksi/berita/" + id + "/kanal";
		}
		return done(id, board.skip(id, publication, reason), "publication.skipped", redirect);
	}

	@PostMapping("/redaksi/berita/{id}/kanal/{publication}/sudah-terbit")
	String confirm(@PathVariable long id, @PathVariable long publication,
			@RequestParam(defaultValue = "") String permalink, RedirectAttributes redirect) {
		if (!permalink.strip().startsWith("https://")) {
			redirect.addFlashAttribute("error", "publication.confirm.permalinkRequired");
			return "redirect:/redaksi/berita/" + id + "/kanal";
		}
		return done(id, board.confirmPublished(id, publication, permalink), "publication.confirmed", redirect);
	}

	private static String done(long id, boolean changed, String success, RedirectAttributes redirect) {
		redirect.addFlashAttribute(changed ? "success" : "error", changed ? success : "publication.stale");
		return "redirect:/redaksi/berita/" + id + "/kanal";
	}
}
