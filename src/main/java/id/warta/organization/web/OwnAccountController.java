package id.warta.organization.web;

import id.warta.organization.StaffPrincipal;
import id.warta.organization.internal.OwnAccount;
import id.warta.organization.internal.RejectedChange;
import id.warta.organization.internal.StaffAccount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every staff member's own profile and password. */
@Controller
@RequestMapping("/akun")
class OwnAccountController {

	static final String PROFILE = "organization/own-profile";
	static final String PASSWORD = "organization/own-password";

	private final OwnAccount own;
	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	OwnAccountController(OwnAccount own) {
		this.own = own;
	}

	@GetMapping("/profil")
	String profile(Model model) {
		StaffAccount mine = own.mine();
		model.addAttribute("account", mine);
		model.addAttribute("form", new ProfileForm(mine.getFullName(), mine.getEmail(), mine.getWhatsapp()));
		return PROFILE;
	}

	@PostMapping("/profil")
	String updateProfile(@Valid @ModelAttribute("form") ProfileForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("account", own.mine());
		if (binding.hasErrors()) {
			return PROFILE;
		}
		try {
			own.updateProfile(form.fullName(), form.email(), form.whatsapp());
		}
		catch (RejectedChange rejection) {
			Rejections.show(rejection, binding);
			return PROFILE;
		}
		redirect.addFlashAttribute("success", "profile.updated");
		return "redirect:/akun/profil";
	}

	@GetMapping("/kata-sandi")
	String password(Model model) {
		model.addAttribute("form", new PasswordForm("", "", ""));
		return PASSWORD;
	}

	@PostMapping("/kata-sandi")
	String changePassword(@ModelAttribute("form") PasswordForm form, BindingResult binding,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		StaffPrincipal refreshed;
		try {
			refreshed = own.changePassword(form.currentPassword(), form.newPassword(), form.repeatedPassword());
		}
		catch (RejectedChange rejection) {
			Rejections.show(rejection, binding);
			return PASSWORD;
		}
		refreshed.eraseCredentials();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(refreshed, null,
				refreshed.getAuthorities());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		redirect.addFlashAttribute("success", "password.changed");
		return "redirect:/kantor";
	}

	record ProfileForm(@NotBlank(message = "{account.fullName.required}") @Size(max = 150) String fullName,
			@Email(message = "{account.email.invalid}") @Size(max = 200) String email, @Size(max = 30) String whatsapp) {
	}

	/** Passwords are never sent back to the browser: a refused form comes back empty. */
	record PasswordForm(String currentPassword, String newPassword, String repeatedPassword) {
	}
}
