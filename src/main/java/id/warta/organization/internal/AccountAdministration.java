package id.warta.organization.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import id.warta.organization.AccountCreated;
import id.warta.organization.AccountDeactivated;
import id.warta.organization.AccountReactivated;
import id.warta.organization.AccountUpdated;
import id.warta.organization.PasswordReset;
import id.warta.organization.Role;
import id.warta.organization.RolesChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The system administrator's work on staff accounts. Accounts are never deleted; passwords are never chosen by
 * the administrator: a new or reset account gets a one-time password that its owner must replace.
 */
@Service
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
@Transactional
public class AccountAdministration {

	private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,39}$");

	private final StaffAccountRepository accounts;
	private final DivisionRepository divisions;
	private final CurrentAgency agency;
	private final PasswordEncoder encoder;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AccountAdministration(StaffAccountRepository accounts, DivisionRepository divisions, CurrentAgency agency,
			PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.divisions = divisions;
		this.agency = agency;
		this.encoder = encoder;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<StaffAccount> list() {
		return accounts.findByAgencyIdOrderByActiveDescFullNameAsc(agency.id());
	}

	@Transactional(readOnly = true)
	public StaffAccount get(long id) {
		return find(id);
	}

	/** Creates the account and returns its one-time password, to be shown to the administrator once. */
	public Created create(String username, AccountDetails details) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		if (!USERNAME.matcher(name).matches()) {
			throw new RejectedChange("username", "account.username.invalid");
		}
		if (accounts.existsByUsername(name)) {
			throw new RejectedChange("username", "account.username.taken");
		}
		check(details);
		String password = OneTimePasswords.generate();
		var account = new StaffAccount(agency.id(), name, encoder.encode(password), details.fullName().strip(),
				details.roles(), clock.instant());
		account.describe(details.fullName().strip(), blankToNull(details.jobTitle()), blankToNull(details.email()),
				normalizedWhatsapp(details.whatsapp()));
		account.assignTo(details.divisionId());
		account.setOneTimePassword(account.getPasswordHash(), clock.instant());
		accounts.save(account);
		events.publishEvent(new AccountCreated(Actors.current().getUsername(), account.getId(), name,
				details.roles(), details.divisionId()));
		return new Created(account.getId(), password);
	}

	public void update(long id, long version, AccountDetails details) {
		StaffAccount account = find(id);
		requireVersion(account.getVersion(), version);
		check(details);
		Set<Role> before = account.getRoles();
		if (isSelf(account) && before.contains(Role.SYSTEM_ADMIN) && !details.roles().contains(Role.SYSTEM_ADMIN)) {
			throw new RejectedChange("roles", "account.self.lockout");
		}
		List<String> changed = changedFields(account, details);
		account.describe(details.fullName().strip(), blankToNull(details.jobTitle()), blankToNull(details.email()),
				normalizedWhatsapp(details.whatsapp()));
		account.assignTo(details.divisionId());
		String actor = Actors.current().getUsername();
		if (!changed.isEmpty()) {
			events.publishEvent(new AccountUpdated(actor, id, account.getUsername(), changed));
		}
		if (!before.equals(details.roles())) {
			account.grant(details.roles());
			events.publishEvent(new RolesChanged(actor, id, account.getUsername(), before, details.roles()));
		}
	}

	public void deactivate(long id) {
		StaffAccount account = find(id);
		if (isSelf(account)) {
			throw new RejectedChange(null, "account.self.deactivate");
		}
		if (account.isActive()) {
			account.deactivate();
			events.publishEvent(new AccountDeactivated(Actors.current().getUsername(), id, account.getUsername()));
		}
	}

	public void reactivate(long id) {
		StaffAccount account = find(id);
		if (!account.isActive()) {
			account.reactivate();
			events.publishEvent(new AccountReactivated(Actors.current().getUsername(), id, account.getUsername()));
		}
	}

	/** Gives the account a new one-time password and returns it, to be shown to the administrator once. */
	public String resetPassword(long id) {
		StaffAccount account = find(id);
		String password = OneTimePasswords.generate();
		account.setOneTimePassword(encoder.encode(password), clock.instant());
		events.publishEvent(new PasswordReset(Actors.current().getUsername(), id, account.getUsername()));
		return password;
	}

	private void check(AccountDetails details) {
		if (details.fullName() == null || details.fullName().isBlank()) {
			throw new RejectedChange("fullName", "account.fullName.required");
		}
		if (details.roles() == null || details.roles().isEmpty()) {
			throw new RejectedChange("roles", "account.roles.required");
		}
		if (details.divisionId() != null
				&& divisions.findByIdAndAgencyId(details.divisionId(), agency.id()).isEmpty()) {
			throw new RejectedChange("divisionId", "account.division.unknown");
		}
		if (details.roles().contains(Role.CONTRIBUTOR) && details.divisionId() == null) {
			throw new RejectedChange("divisionId", "account.division.requiredForContributor");
		}
		if (details.whatsapp() != null && !details.whatsapp().isBlank()
				&& PhoneNumbers.normalizeMobile(details.whatsapp()).isEmpty()) {
			throw new RejectedChange("whatsapp", "account.whatsapp.invalid");
		}
	}

	private static List<String> changedFields(StaffAccount account, AccountDetails details) {
		List<String> changed = new ArrayList<>();
		if (!Objects.equals(account.getFullName(), details.fullName().strip())) {
			changed.add("fullName");
		}
		if (!Objects.equals(account.getJobTitle(), blankToNull(details.jobTitle()))) {
			changed.add("jobTitle");
		}
		if (!Objects.equals(account.getEmail(), blankToNull(details.email()))) {
			changed.add("email");
		}
		if (!Objects.equals(account.getWhatsapp(), normalizedWhatsapp(details.whatsapp()))) {
			changed.add("whatsapp");
		}
		if (!Objects.equals(account.getDivisionId(), details.divisionId())) {
			changed.add("divisionId");
		}
		return changed;
	}

	private StaffAccount find(long id) {
		return accounts.findByIdAndAgencyId(id, agency.id())
			.orElseThrow(() -> new NotFound("account.notFound"));
	}

	private static boolean isSelf(StaffAccount account) {
		return account.getId() == Actors.current().id();
	}

	static void requireVersion(long actual, long expected) {
		if (actual != expected) {
			throw new RejectedChange(null, "form.stale");
		}
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static String normalizedWhatsapp(String value) {
		return value == null || value.isBlank() ? null : PhoneNumbers.normalizeMobile(value).orElse(null);
	}

	/** A new account and the one-time password its owner gets from the administrator. */
	public record Created(long id, String oneTimePassword) {
	}
}
