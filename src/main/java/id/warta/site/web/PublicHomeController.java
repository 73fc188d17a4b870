package id.warta.site.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public home page; until stories are published it shows the agency and its contacts. */
@Controller
class PublicHomeController {

	static final String VIEW = "site/home";

	@GetMapping("/")
	String home() {
		return VIEW;
	}
}
