package id.warta.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The back office's start page: each role's entry points. */
@Controller
class BackOfficeHomeController {

	static final String VIEW = "platform/home";

	@GetMapping("/kantor")
	String home() {
		return VIEW;
	}
}
