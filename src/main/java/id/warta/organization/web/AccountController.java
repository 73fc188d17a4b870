package id.warta.organization.web;

import java.util.EnumSet;
import java.util.Set;

import id.warta.organization.Role;
import id.warta.organization.internal.AccountAdministration;
import id.warta.organization.internal.AccountDetails;
import id.warta.organization.internal.DivisionAdministration;
import id.warta.organization.internal.RejectedChange;
import id.warta.organization.internal.StaffAccount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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

/** Staff accounts, for the system administrator: create, edit, roles, deactivate, reset the password. */
@Controller
@RequestMapping("/admin/akun")
class AccountController {

	static final String LIST = "organization/accounts";
	static final String FORM = "organization/account-form";

	private final AccountAdministration accounts;
	private final DivisionAdministration divisions;

	AccountController(AccountAdministration accounts, DivisionAdministration divisions) {
		this.accounts = accounts;
		this.divisions = divisions;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", accounts.list());
		model.addAttribute("divisions", divisions.list());
		return LIST;
	}

	@GetMapping("/baru")
	String newAccount(Model model) {
		model.addAttribute("form", new AccountForm("", "", "", "", "", null, EnumSet.noneOf(Role.class), 0));
		model.addAttribute("divisions", divisions.list());
		return FORM;
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("divisions", divisions.list());
		if (binding.hasErrors()) {
			return FORM;
		}
		try {
			var created = accounts.create(form.username(), form.details());
			redirect.addFlashAttribute("success", "account.created");
			redirect.addFlashAttribute("oneTimePassword", created.oneTimePassword());
			return "redirect:/admin/akun/" + created.id();
		}
		catch (RejectedChange rejection) {
			Rejections.show(rejection, binding);
			return FORM;
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		StaffAccount account = accounts.get(id);
		model.addAttribute("account", account);
		model.addAttribute("form", new AccountForm(account.getUsername(), account.getFullName(), account.getJobTitle(),
				account.getEmail(), account.getWhatsapp(), account.getDivisionId(), account.getRoles(),
				account.getVersion()));
		model.addAttribute("divisions", divisions.list());
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("account", accounts.get(id));
		model.addAttribute("divisions", divisions.list());
		if (binding.hasErrors()) {
			return FORM;
		}
		try {
			accounts.update(id, form.version(), form.details());
		}
		catch (RejectedChange rejection) {
			Rejections.show(rejection, binding);
			return FORM;
		}
		redirect.addFlashAttribute("success", "account.updated");
		return "redirect:/admin/akun/" + id;
	}

	@PostMapping("/{id}/nonaktifkan")
	String deactivate(@PathVariable long id, RedirectAttributes redirect) {
		try {
			accounts.deactivate(id);
			redirect.addFlashAttribute("success", "account.deactivated");
		}
		catch (RejectedChange rejection) {
			redirect.addFlashAttribute("error", rejection.messageKey());
		}
		return "redirect:/admin/akun/" + id;
	}

	@PostMapping("/{id}/aktifkan")
	String reactivate(@PathVariable long id, RedirectAttributes redirect) {
		accounts.reactivate(id);
		redirect.addFlashAttribute("success", "account.reactivated");
		return "redirect:/admin/akun/" + id;
	}

	@PostMapping("/{id}/reset-kata-sandi")
	String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("oneTimePassword", accounts.resetPassword(id));
		redirect.addFlashAttribute("success", "account.passwordReset");
		return "redirect:/admin/akun/" + id;
	}

	record AccountForm(@Size(max = 40) String username,
			@NotBlank(message = "{account.fullName.required}") @Size(max = 150) String fullName,
			@Size(max = 150) String jobTitle, @Email(message = "{account.email.invalid}") @Size(max = 200) String email,
			@Size(max = 30) String whatsapp, Long divisionId, Set<Role> roles, long version) {

		/** One account that both writes and screens stories: allowed, but four eyes then rest on the rule alone. */
		public boolean writesAndScreens() {
			return roles != null && roles.contains(Role.CONTENT_ADMIN) && roles.contains(Role.SCREENER);
		}

		AccountDetails details() {
			return new AccountDetails(fullName, jobTitle, email, whatsapp, divisionId,
					roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
		}
	}
}
