package id.warta.organization;

/** An administrator gave an account a one-time password that must be changed at the next login. */
public record PasswordReset(String actor, long accountId, String username) implements AccountEvent {

	@Override
	public String auditAction() {
		return "PASSWORD_RESET";
	}
}
