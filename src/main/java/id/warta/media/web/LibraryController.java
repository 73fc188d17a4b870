package id.warta.media.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import id.warta.media.MediaKind;
import id.warta.media.MediaLibrary;
import id.warta.media.internal.MediaCatalog;
import id.warta.organization.Divisions;
import id.warta.organization.StaffAccounts;
import id.warta.organization.StaffContact;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Pustaka Media": every item, filtered; one item with its facts, description, focal point and uses. */
@Controller
class LibraryController {

	private final MediaCatalog catalog;
	private final MediaLibrary library;
	private final Divisions divisions;
	private final StaffAccounts staff;

	LibraryController(MediaCatalog catalog, MediaLibrary library, Divisions divisions, StaffAccounts staff) {
		this.catalog = catalog;
		this.library = library;
		this.divisions = divisions;
		this.staff = staff;
	}

	@GetMapping("/pustaka")
	String list(@RequestParam(required = false) Long division, @RequestParam(required = false) MediaKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long uploader, @RequestParam(defaultValue = "0") int page, Model model) {
		var filter = new MediaCatalog.Filter(division, kind, from, to, uploader);
		model.addAttribute("filter", filter);
		model.addAttribute("items", catalog.search(filter, page));
		model.addAttribute("divisions", divisions.all());
		model.addAttribute("kinds", MediaKind.values());
		Map<Long, String> uploaders = new LinkedHashMap<>();
		for (Long id : catalog.uploaders()) {
			uploaders.put(id, staff.contact(id).map(StaffContact::fullName).orElse("#" + id));
		}
		model.addAttribute("uploaders", uploaders);
		return "media/library";
	}

	@GetMapping("/pustaka/{id}")
	String item(@PathVariable long id, Model model) {
		var item = catalog.item(id);
		model.addAttribute("item", item);
		model.addAttribute("renditions", library.renditions(id));
		model.addAttribute("uses", catalog.usesOf(id));
		model.addAttribute("sameBytes", catalog.sameBytes(id));
		model.addAttribute("uploaderName",
				staff.contact(item.uploadedBy()).map(StaffContact::fullName).orElse("#" + item.uploadedBy()));
		model.addAttribute("divisionName", item.divisionId() == null ? null
				: divisions.find(item.divisionId()).map(d -> d.name()).orElse(null));
		return "media/item";
	}

	@PostMapping("/pustaka/{id}")
	String describe(@PathVariable long id, @RequestParam(required = false) String caption,
			@RequestParam(required = false) String altText, @RequestParam(required = false) String credit,
			RedirectAttributes redirect) {
		catalog.describe(id, caption, altText, credit);
		redirect.addFlashAttribute("success", "media.saved");
		return "redirect:/pustaka/" + id;
	}

	/** The focal point in percent of width and height, as the picture was clicked (or typed without JavaScript). */
	@PostMapping("/pustaka/{id}/fokus")
	String focus(@PathVariable long id, @RequestParam double x, @RequestParam double y, RedirectAttributes redirect) {
		catalog.focusOn(id, x / 100, y / 100);
		redirect.addFlashAttribute("success", "media.focal.saved");
		return "redirect:/pustaka/" + id;
	}

	@PostMapping("/pustaka/{id}/proses-ulang")
	String reprocess(@PathVariable long id, RedirectAttributes redirect) {
		catalog.reprocess(id);
		redirect.addFlashAttribute("success", "media.reprocess.done");
		return "redirect:/pustaka/" + id;
	}
}
