package id.warta.intake.web;

import java.util.HashMap;
import java.util.Map;

import id.warta.intake.internal.MaterialIntake;
import id.warta.intake.internal.MaterialRefused;
import id.warta.sop.SopClocks;
import id.warta.sop.SopItem;
import id.warta.sop.StepClock;
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
	private final SopClocks clocks;

	InboxController(MaterialIntake intake, SopClocks clocks) {
		this.intake = intake;
		this.clocks = clocks;
	}

	/** Oldest first, each with the clock of step 2: time left, or overdue, in working time. */
	@GetMapping("/redaksi/bahan")
	String inbox(Model model) {
		var materials = intake.inbox();
		Map<Long, StepClock> byMaterial = new HashMap<>();
		clocks.latestClocks(materials.stream().map(m -> new SopItem("material", m.id())).toList())
			.forEach((item, clock) -> byMaterial.put(item.id(), clock));
		model.addAttribute("materials", materials);
		model.addAttribute("clocks", byMaterial);
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
