package id.warta.audit.web;

import id.warta.audit.internal.AuditChainVerifier;
import id.warta.audit.internal.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system administrator's view of the trail and of the chain's integrity. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class AuditController {

	static final String VIEW = "audit/trail";
	private static final int PAGE_SIZE = 50;

	private final AuditLog log;
	private final AuditChainVerifier verifier;

	AuditController(AuditLog log, AuditChainVerifier verifier) {
		this.log = log;
		this.verifier = verifier;
	}

	@GetMapping
	String trail(@RequestParam(defaultValue = "0") int page, Model model) {
		int safePage = Math.max(0, page);
		long total = log.count();
		model.addAttribute("entries", log.newest(safePage, PAGE_SIZE));
		model.addAttribute("page", safePage);
		model.addAttribute("hasNext", (long) (safePage + 1) * PAGE_SIZE < total);
		model.addAttribute("total", total);
		model.addAttribute("lastCheck", verifier.lastCheck().orElse(null));
		model.addAttribute("lastAnchor", verifier.lastAnchor().orElse(null));
		return VIEW;
	}

	@PostMapping("/periksa")
	String verify(RedirectAttributes redirect) {
		var result = verifier.verifyAndRecord();
		redirect.addFlashAttribute(result.intact() ? "success" : "error",
				result.intact() ? "audit.check.intact" : "audit.check.broken");
		return "redirect:/admin/audit";
	}
}
