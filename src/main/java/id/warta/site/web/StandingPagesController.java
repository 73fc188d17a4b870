package id.warta.site.web;

import java.util.List;

import id.warta.organization.AgencyProfile;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Pages every agency site has whatever it publishes: contact, and the PPID pages that UU 14/2008 asks for. The
 * PPID pages say what each will hold and how to ask for information meanwhile, until the PPID service fills them.
 */
@Controller
@SitePage
class StandingPagesController {

	static final String CONTACT = "site/contact";
	static final String PPID = "site/ppid";
	/** The PPID pages by address, each with its message key prefix. */
	static final List<String> PPID_PAGES = List.of("profil", "daftar-informasi-publik", "permohonan", "keberatan");

	private final PageMetas metas;

	StandingPagesController(PageMetas metas) {
		this.metas = metas;
	}

	@GetMapping("/kontak")
	String contact(@ModelAttribute("agency") AgencyProfile agency, Model model) {
		model.addAttribute("meta", metas.page(null, "/kontak", agency, null));
		return CONTACT;
	}

	@GetMapping("/ppid")
	String ppid(@ModelAttribute("agency") AgencyProfile agency, Model model) {
		model.addAttribute("pages", PPID_PAGES);
		model.addAttribute("current", null);
		model.addAttribute("meta", metas.page(null, "/ppid", agency, null));
		return PPID;
	}

	@GetMapping("/ppid/{page}")
	String ppidPage(@PathVariable String page, @ModelAttribute("agency") AgencyProfile agency, Model model,
			HttpServletResponse response) {
		if (!PPID_PAGES.contains(page)) {
			return StoryTypes.notFound(response, model);
		}
		model.addAttribute("pages", PPID_PAGES);
		model.addAttribute("current", page);
		model.addAttribute("meta", metas.page(null, "/ppid/" + page, agency, null));
		return PPID;
	}
}
