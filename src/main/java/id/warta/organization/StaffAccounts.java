package id.warta.organization;

import java.util.Optional;

/** Looks up staff accounts for the rest of the application. */
public interface StaffAccounts {

	/** The account as it is now, for refreshing a signed-in session; empty when the account is gone. */
	Optional<StaffPrincipal> reload(long accountId);
}
