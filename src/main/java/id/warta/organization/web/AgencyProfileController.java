package id.warta.organization.web;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import id.warta.organization.Agencies;
import id.warta.organization.AgencyProfile;
import id.warta.organization.SocialPlatform;
import id.warta.organization.internal.AgencyProfileAdministration;
import id.warta.organization.internal.RejectedChange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agency profile: name, contacts, social links and logo. */
@Controller
@RequestMapping("/admin/instansi")
class AgencyProfileController {

	static final String FORM = "organization/agency-form";

	private final Agencies agencies;
	private final AgencyProfileAdministration administration;

	AgencyProfileController(Agencies agencies, AgencyProfileAdministration administration) {
		this.agencies = agencies;
		this.administration = administration;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", formNow());
		model.addAttribute("appearance", appearanceNow());
		return FORM;
	}

	@PostMapping
	String update(@Valid @ModelAttribute("form") AgencyForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			model.addAttribute("appearance", appearanceNow());
			return FORM;
		}
		try {
			administration.update(form.name(), form.shortName(), form.address(), form.phone(), form.email(),
					form.socialLinks());
		}
		catch (RejectedChange rejection) {
			Rejections.show(rejection, binding);
			model.addAttribute("appearance", appearanceNow());
			return FORM;
		}
		redirect.addFlashAttribute("success", "agency.updated");
		return "redirect:/admin/instansi";
	}

	/** The public site's colour and standing texts, a form of its own so that a refusal keeps the profile. */
	@PostMapping("/tampilan")
	String present(@Valid @ModelAttribute("appearance") AppearanceForm appearance, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				administration.present(appearance.themeColor(), appearance.tagline(), appearance.officeHours());
				redirect.addFlashAttribute("success", "agency.theme.updated");
				return "redirect:/admin/instansi";
			}
			catch (RejectedChange rejection) {
				Rejections.show(rejection, binding);
			}
		}
		model.addAttribute("form", formNow());
		return FORM;
	}

	/** SOP rules of the agency: whether the screener who approved a story may also publish it. */
	@PostMapping("/aturan")
	String rules(@RequestParam(defaultValue = "false") boolean approverMayNotPublish, RedirectAttributes redirect) {
		administration.separateApprovalFromPublishing(approverMayNotPublish);
		redirect.addFlashAttribute("success", "agency.rules.updated");
		return "redirect:/admin/instansi";
	}

	@PostMapping("/logo")
	String uploadLogo(@RequestParam("logo") MultipartFile logo, RedirectAttributes redirect) throws IOException {
		try {
			administration.replaceLogo(logo.getInputStream(), logo.getSize());
			redirect.addFlashAttribute("success", "agency.logo.updated");
		}
		catch (RejectedChange rejection) {
			redirect.addFlashAttribute("error", rejection.messageKey());
		}
		return "redirect:/admin/instansi";
	}

	private AgencyForm formNow() {
		AgencyProfile profile = agencies.current();
		Map<SocialPlatform, String> links = profile.socialLinks();
		return new AgencyForm(profile.name(), profile.shortName(), profile.address(), profile.phone(),
				profile.email(), links.get(SocialPlatform.FACEBOOK), links.get(SocialPlatform.INSTAGRAM),
				links.get(SocialPlatform.X), links.get(SocialPlatform.YOUTUBE), links.get(SocialPlatform.TIKTOK),
				links.get(SocialPlatform.TELEGRAM), links.get(SocialPlatform.THREADS));
	}

	private AppearanceForm appearanceNow() {
		AgencyProfile profile = agencies.current();
		return new AppearanceForm(profile.themeColor(), profile.tagline(), profile.officeHours());
	}

	record AppearanceForm(@Size(max = 7) String themeColor, @Size(max = 300) String tagline,
			@Size(max = 200) String officeHours) {
	}

	record AgencyForm(@NotBlank(message = "{agency.name.required}") @Size(max = 200) String name,
			@NotBlank(message = "{agency.shortName.required}") @Size(max = 60) String shortName,
			@Size(max = 500) String address, @Size(max = 40) String phone,
			@Email(message = "{account.email.invalid}") @Size(max = 200) String email,
			@Size(max = 300) String socialFACEBOOK, @Size(max = 300) String socialINSTAGRAM,
			@Size(max = 300) String socialX, @Size(max = 300) String socialYOUTUBE,
			@Size(max = 300) String socialTIKTOK, @Size(max = 300) String socialTELEGRAM,
			@Size(max = 300) String socialTHREADS) {

		Map<SocialPlatform, String> socialLinks() {
			Map<SocialPlatform, String> links = new EnumMap<>(SocialPlatform.class);
			links.put(SocialPlatform.FACEBOOK, socialFACEBOOK);
			links.put(SocialPlatform.INSTAGRAM, socialINSTAGRAM);
			links.put(SocialPlatform.X, socialX);
			links.put(SocialPlatform.YOUTUBE, socialYOUTUBE);
			links.put(SocialPlatform.TIKTOK, socialTIKTOK);
			links.put(SocialPlatform.TELEGRAM, socialTELEGRAM);
			links.put(SocialPlatform.THREADS, socialTHREADS);
			return links;
		}
	}
}
