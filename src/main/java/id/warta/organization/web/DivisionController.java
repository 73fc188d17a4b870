package id.warta.organization.web;

import id.warta.organization.internal.Division;
import id.warta.organization.internal.DivisionAdministration;
import id.warta.organization.internal.RejectedChange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Divisions, for the system administrator. */
@Controller
@RequestMapping("/admin/bidang")
class DivisionController {

	static final String LIST = "organization/divisions";
	static final String FORM = "organization/division-form";

	private final DivisionAdministration divisions;

	DivisionController(DivisionAdministration divisions) {
		this.divisions = divisions;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("divisions", divisions.list());
		return LIST;
	}

	@GetMapping("/baru")
	String newDivision(Model model) {
		model.addAttribute("form", new DivisionForm("", "", "", true, 0));
		return FORM;
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") DivisionForm form, BindingResult binding, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return FORM;
		}
		try {
			divisions.create(form.name(), form.slug(), form.description());
		}
		catch (RejectedChange rejection) {
			Rejections.show(rejection, binding);
			return FORM;
		}
		redirect.addFlashAttribute("success", "division.created");
		return "redirect:/admin/bidang";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Division division = divisions.get(id);
		model.addAttribute("divisionId", id);
		model.addAttribute("form", new DivisionForm(division.getName(), division.getSlug(), division.getDescription(),
				division.isActive(), division.getVersion()));
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") DivisionForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("divisionId", id);
		if (binding.hasErrors()) {
			return FORM;
		}
		try {
			divisions.update(id, form.version(), form.name(), form.slug(), form.description(),
					Boolean.TRUE.equals(form.active()));
		}
		catch (RejectedChange rejection) {
			Rejections.show(rejection, binding);
			return FORM;
		}
		redirect.addFlashAttribute("success", "division.updated");
		return "redirect:/admin/bidang";
	}

	record DivisionForm(@NotBlank(message = "{division.name.required}") @Size(max = 150) String name,
			@Size(max = 80) String slug, @Size(max = 1000) String description, Boolean active, long version) {
	}
}
