package id.warta.organization;

/** A staff account was deactivated; it can no longer sign in. */
public record AccountDeactivated(String actor, long accountId, String username) implements AccountEvent {

	@Override
	public String auditAction() {
		return "ACCOUNT_DEACTIVATED";
	}
}
