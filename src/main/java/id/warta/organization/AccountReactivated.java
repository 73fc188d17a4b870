package id.warta.organization;

/** A deactivated staff account was allowed to sign in again. */
public record AccountReactivated(String actor, long accountId, String username) implements AccountEvent {

	@Override
	public String auditAction() {
		return "ACCOUNT_REACTIVATED";
	}
}
