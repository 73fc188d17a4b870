package id.warta.media.web;

import id.warta.media.MediaTools;
import id.warta.media.internal.MediaCatalog;
import id.warta.media.internal.scan.MalwareScanner;
import id.warta.media.internal.storage.MediaStorage;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The system page: the running version, which optional tools this machine has, media storage and queue. */
@Controller
class SystemController {

	static final String VIEW = "media/system";

	private final MediaTools tools;
	private final ObjectProvider<BuildProperties> build;
	private final MediaStorage storage;
	private final MediaCatalog catalog;
	private final MalwareScanner scanner;

	SystemController(MediaTools tools, ObjectProvider<BuildProperties> build, MediaStorage storage,
			MediaCatalog catalog, MalwareScanner scanner) {
		this.scanner = scanner;
		this.tools = tools;
		this.build = build;
		this.storage = storage;
		this.catalog = catalog;
	}

	@GetMapping("/admin/sistem")
	String system(Model model) {
		model.addAttribute("tools", tools.tools());
		model.addAttribute("build", build.getIfAvailable());
		model.addAttribute("java", System.getProperty("java.version"));
		model.addAttribute("storage", storage.describe());
		model.addAttribute("queue", catalog.queue());
		model.addAttribute("scanner", scanner);
		return VIEW;
	}
}
