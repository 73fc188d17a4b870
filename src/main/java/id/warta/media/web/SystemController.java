package id.warta.media.web;

import id.warta.media.MediaTools;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The system page: the running version and which optional tools this machine has. */
@Controller
class SystemController {

	static final String VIEW = "media/system";

	private final MediaTools tools;
	private final ObjectProvider<BuildProperties> build;

	SystemController(MediaTools tools, ObjectProvider<BuildProperties> build) {
		this.tools = tools;
		this.build = build;
	}

	@GetMapping("/admin/sistem")
	String system(Model model) {
		model.addAttribute("tools", tools.tools());
		model.addAttribute("build", build.getIfAvailable());
		model.addAttribute("java", System.getProperty("java.version"));
		return VIEW;
	}
}
