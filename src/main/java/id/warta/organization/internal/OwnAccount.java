package id.warta.organization.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import id.warta.organization.AccountUpdated;
import id.warta.organization.PasswordChanged;
import id.warta.organization.StaffPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every staff member may change on their own account: their name, contacts and password. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class OwnAccount {

	private final StaffAccountRepository accounts;
	private final PasswordEncoder encoder;
	private final PasswordPolicy policy;
	private final PasswordContexts contexts;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	OwnAccount(StaffAccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy,
			PasswordContexts contexts, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.policy = policy;
		this.contexts = contexts;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public StaffAccount mine() {
		return find();
	}

	public void updateProfile(String fullName, String email, String whatsapp) {
		StaffAccount account = find();
		if (fullName == null || fullName.isBlank()) {
			throw new RejectedChange("fullName", "account.fullName.required");
		}
		if (whatsapp != null && !whatsapp.isBlank() && PhoneNumbers.normalizeMobile(whatsapp).isEmpty()) {
			throw new RejectedChange("whatsapp", "account.whatsapp.invalid");
		}
		String newEmail = AccountAdministration.blankToNull(email);
		String newWhatsapp = AccountAdministration.normalizedWhatsapp(whatsapp);
		List<String> changed = new ArrayList<>();
		if (!Objects.equals(account.getFullName(), fullName.strip())) {
			changed.add("fullName");
		}
		if (!Objects.equals(account.getEmail(), newEmail)) {
			changed.add("email");
		}
		if (!Objects.equals(account.getWhatsapp(), newWhatsapp)) {
			changed.add("whatsapp");
		}
		if (changed.isEmpty()) {
			return;
		}
		account.describe(fullName.strip(), account.getJobTitle(), newEmail, newWhatsapp);
		events.publishEvent(new AccountUpdated(account.getUsername(), account.getId(), account.getUsername(), changed));
	}

	/** Changes the password and returns the refreshed principal for the running session. */
	public StaffPrincipal changePassword(String currentPassword, String newPassword, String repeated) {
		StaffAccount account = find();
		if (currentPassword == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
			throw new RejectedChange("currentPassword", "password.currentWrong");
		}
		if (!Objects.equals(newPassword, repeated)) {
			throw new RejectedChange("repeatedPassword", "password.mismatch");
		}
		PasswordContext context = contexts.forAccount(account.getUsername());
		policy.problem(newPassword, account.getUsername(), context).ifPresent(problem -> {
			throw new RejectedChange("newPassword", problem);
		});
		if (encoder.matches(newPassword, account.getPasswordHash())) {
			throw new RejectedChange("newPassword", "password.sameAsOld");
		}
		account.changePassword(encoder.encode(newPassword), clock.instant());
		events.publishEvent(new PasswordChanged(account.getUsername(), account.getId(), account.getUsername()));
		return account.principal();
	}

	private StaffAccount find() {
		return accounts.findById(Actors.current().id()).orElseThrow(() -> new NotFound("account.notFound"));
	}
}
