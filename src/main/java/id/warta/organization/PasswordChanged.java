package id.warta.organization;

/** A staff member changed their own password. */
public record PasswordChanged(String actor, long accountId, String username) implements AccountEvent {

	@Override
	public String auditAction() {
		return "PASSWORD_CHANGED";
	}
}
