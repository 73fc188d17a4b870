package id.warta.sop.web;

import java.util.Arrays;

import id.warta.sop.HolidayKind;
import id.warta.sop.internal.Holiday;
import id.warta.sop.internal.HolidayAdministration;
import id.warta.sop.internal.RejectedInput;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Holidays and collective-leave days of the working calendar, a year at a time, for the system administrator. */
@Controller
@RequestMapping("/admin/sop/libur")
class HolidayController {

	static final String VIEW = "sop/holidays";

	private final HolidayAdministration holidays;

	HolidayController(HolidayAdministration holidays) {
		this.holidays = holidays;
	}

	@GetMapping
	String list(@RequestParam(name = "tahun", required = false) Integer year, Model model) {
		model.addAttribute("form", new HolidayForm("", "", HolidayKind.LIBUR_NASIONAL.name()));
		return show(sensible(year), model);
	}

	@PostMapping
	String add(@Valid @ModelAttribute("form") HolidayForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		var date = DateInput.parse(form.date());
		if (date.isEmpty()) {
			binding.rejectValue("date", form.date() == null || form.date().isBlank() ? "sop.holiday.date.required"
					: "sop.holiday.date.invalid");
		}
		if (form.holidayKind() == null) {
			binding.rejectValue("kind", "sop.holiday.kind.required");
		}
		int year = date.map(d -> sensible(d.getYear())).orElse(holidays.thisYear());
		if (binding.hasErrors()) {
			return show(year, model);
		}
		try {
			Holiday holiday = holidays.add(date.get(), form.name(), form.holidayKind());
			redirect.addFlashAttribute("success", "sop.holiday.added");
			redirect.addAttribute("tahun", holiday.getDate().getYear());
		}
		catch (RejectedInput rejection) {
			Rejections.show(rejection, binding);
			return show(year, model);
		}
		return "redirect:/admin/sop/libur";
	}

	@PostMapping("/{id}/hapus")
	String remove(@PathVariable long id, RedirectAttributes redirect) {
		holidays.remove(id).ifPresentOrElse(removed -> {
			redirect.addFlashAttribute("success", "sop.holiday.removed");
			redirect.addAttribute("tahun", removed.getDate().getYear());
		}, () -> redirect.addFlashAttribute("error", "sop.holiday.alreadyGone"));
		return "redirect:/admin/sop/libur";
	}

	private String show(int year, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("years", holidays.years());
		model.addAttribute("holidays", holidays.inYear(year));
		model.addAttribute("kinds", HolidayKind.values());
		// Next year's dates come from a decree the agency must type in; say so until it has.
		model.addAttribute("nextYearMissing", year == holidays.thisYear() && holidays.inYear(year + 1).isEmpty());
		return VIEW;
	}

	private int sensible(Integer year) {
		boolean usable = year != null && year >= HolidayAdministration.FIRST_YEAR
				&& year <= HolidayAdministration.LAST_YEAR;
		return usable ? year : holidays.thisYear();
	}

	/** Date and kind arrive as text, so that bad input gets a message instead of losing the form. */
	record HolidayForm(String date, @NotBlank(message = "{sop.holiday.name.required}") @Size(max = 150) String name,
			String kind) {

		HolidayKind holidayKind() {
			return Arrays.stream(HolidayKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
		}
	}
}
