package id.warta.organization;

import java.util.List;
import java.util.Optional;

/** Looks up staff accounts for the rest of the application. */
public interface StaffAccounts {

	/** The account as it is now, for refreshing a signed-in session; empty when the account is gone. */
	Optional<StaffPrincipal> reload(long accountId);

	/** The active staff of the current agency who hold this role, by name. */
	List<StaffContact> withRole(Role role);

	/** How to reach this account, active or not; empty when there is no such account. */
	Optional<StaffContact> contact(long accountId);
}
