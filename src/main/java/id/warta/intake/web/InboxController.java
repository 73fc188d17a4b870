package id.warta.intake.web;

import id.warta.intake.internal.MaterialIntake;
import id.warta.intake.internal.MaterialRefused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's inbox of new material, oldest first (SOP step 2 begins here). */
@Controller
class InboxController {

	static final String VIEW = "intake/inbox";

	private final MaterialIntake intake;

	InboxController(MaterialIntake intake) {
		this.intake = intake;
	}

	@GetMapping("/redaksi/bahan")
	String inbox(Model model) {
		model.addAttribute("materials", intake.inbox());
		return VIEW;
	}

	@PostMapping("/redaksi/bahan/{id}/tidak-digunakan")
	String setAside(@PathVariable long id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			intake.setAside(id, reason);
			redirect.addFlashAttribute("success", "material.setAside");
			return "redirect:/redaksi/bahan";
		}
		catch (MaterialRefused refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			return "redirect:/bahan/" + id;
		}
	}
}
