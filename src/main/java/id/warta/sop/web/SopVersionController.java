package id.warta.sop.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import id.warta.sop.SopDefinition;
import id.warta.sop.SopDefinitions;
import id.warta.sop.SopStep;
import id.warta.sop.StepStandard;
import id.warta.sop.WorkingCalendar;
import id.warta.sop.internal.RejectedInput;
import id.warta.sop.internal.SopSettings;
import id.warta.sop.internal.SopVersionAdministration;
import id.warta.sop.internal.StepDraft;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The SOP's versions and office hours, and a new version, for the system administrator. */
@Controller
@RequestMapping("/admin/sop")
class SopVersionController {

	static final String LIST = "sop/versions";
	static final String FORM = "sop/version-form";

	private final SopDefinitions definitions;
	private final SopVersionAdministration administration;
	private final SopSettings settings;
	private final Clock clock;

	SopVersionController(SopDefinitions definitions, SopVersionAdministration administration, SopSettings settings,
			Clock clock) {
		this.definitions = definitions;
		this.administration = administration;
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping
	String versions(Model model) {
		model.addAttribute("versions", definitions.history());
		model.addAttribute("current", definitions.current());
		return LIST;
	}

	@GetMapping("/versi/baru")
	String newVersion(Model model) {
		SopDefinition current = definitions.history().get(0);
		List<StepForm> steps = current.steps().stream().map(this::stepForm).toList();
		LocalDate tomorrow = LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE).plusDays(1);
		model.addAttribute("form", new VersionForm(tomorrow.toString(), "", steps));
		return form(model);
	}

	@PostMapping("/versi")
	String create(@Valid @ModelAttribute("form") VersionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (form.steps() == null || form.steps().size() != SopStep.values().length || form.steps().stream().anyMatch(Objects::isNull)) {
			// Only a form not sent by this page lacks steps: start again from a fresh one.
			redirect.addFlashAttribute("error", "sop.version.steps.incomplete");
			return "redirect:/admin/sop/versi/baru";
		}
		LocalDate effectiveFrom = DateInput.parse(form.effectiveFrom()).orElse(null);
		if (effectiveFrom == null && !binding.hasFieldErrors("effectiveFrom")) {
			binding.rejectValue("effectiveFrom", form.effectiveFrom() == null || form.effectiveFrom().isBlank()
					? "sop.version.effectiveFrom.required" : "sop.date.invalid");
		}
		checkStandards(form.steps(), binding);
		if (binding.hasErrors()) {
			return form(model);
		}
		try {
			administration.create(effectiveFrom, form.note(), drafts(form.steps()));
			redirect.addFlashAttribute("success", "sop.version.created");
		}
		catch (RejectedInput rejection) {
			Rejections.show(rejection, binding);
			return form(model);
		}
		return "redirect:/admin/sop";
	}

	private String form(Model model) {
		model.addAttribute("current", definitions.history().get(0));
		model.addAttribute("units", StandardUnit.values());
		return FORM;
	}

	// Amount and unit arrive as text, so that "dua" gets a message next to its field instead of losing the form.
	private static void checkStandards(List<StepForm> steps, BindingResult binding) {
		for (int i = 0; i < steps.size(); i++) {
			StepForm step = steps.get(i);
			if (step.amount() != null && !step.amount().isBlank() && step.wholeAmount() == null) {
				binding.rejectValue("steps[" + i + "].amount", "sop.version.step.standard.number");
			}
			if (step.standardUnit() == null) {
				binding.rejectValue("steps[" + i + "].unit", "sop.version.step.unit.required");
			}
		}
	}

	private Map<SopStep, StepDraft> drafts(List<StepForm> steps) {
		Map<SopStep, StepDraft> drafts = new EnumMap<>(SopStep.class);
		for (SopStep step : SopStep.values()) {
			StepForm form = steps.get(step.number() - 1);
			drafts.put(step, new StepDraft(form.name(), form.standardUnit().of(form.wholeAmount(), workingDay())));
		}
		return drafts;
	}

	private StepForm stepForm(StepStandard standard) {
		StandardUnit unit = StandardUnit.largestFor(standard.standard(), workingDay());
		return new StepForm(standard.name(), String.valueOf(unit.amountOf(standard.standard(), workingDay())),
				unit.name());
	}

	private Duration workingDay() {
		return Duration.between(settings.workStart(), settings.workEnd());
	}

	/** A new version: effective date as typed (parsed here, for a plain message), a note, and the four steps. */
	record VersionForm(String effectiveFrom,
			@NotBlank(message = "{sop.version.note.required}") @Size(max = 500) String note,
			@Valid List<StepForm> steps) {
	}

	record StepForm(@NotBlank(message = "{sop.version.step.name.required}") @Size(max = 300) String name,
			@NotBlank(message = "{sop.version.step.standard.required}") String amount, String unit) {

		private static final Pattern WHOLE = Pattern.compile("\\d{1,7}");

		Integer wholeAmount() {
			return amount != null && WHOLE.matcher(amount.strip()).matches() ? Integer.valueOf(amount.strip()) : null;
		}

		StandardUnit standardUnit() {
			return Arrays.stream(StandardUnit.values()).filter(u -> u.name().equals(unit)).findFirst().orElse(null);
		}
	}
}
