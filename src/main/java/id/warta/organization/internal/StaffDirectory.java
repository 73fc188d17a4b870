package id.warta.organization.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import id.warta.organization.Role;
import id.warta.organization.StaffAccounts;
import id.warta.organization.StaffContact;
import id.warta.organization.StaffPrincipal;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds staff accounts for signing in and for refreshing a running session. */
@Service
class StaffDirectory implements UserDetailsService, StaffAccounts {

	private final StaffAccountRepository accounts;
	private final CurrentAgency agency;
	private final Clock clock;

	StaffDirectory(StaffAccountRepository accounts, CurrentAgency agency, Clock clock) {
		this.accounts = accounts;
		this.agency = agency;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return accounts.findByUsername(name)
			.map(StaffAccount::principal)
			.orElseThrow(() -> new UsernameNotFoundException("Unknown username"));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StaffPrincipal> reload(long accountId) {
		return accounts.findById(accountId).map(StaffAccount::principal);
	}

	@Override
	@Transactional(readOnly = true)
	public List<StaffContact> withRole(Role role) {
		return accounts.findActiveWithRole(agency.id(), role).stream().map(StaffAccount::contact).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StaffContact> contact(long accountId) {
		return accounts.findById(accountId).map(StaffAccount::contact);
	}

	@EventListener
	@Transactional
	void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal principal) {
			accounts.recordSignIn(principal.id(), clock.instant());
		}
	}
}
