package id.warta.organization;

/** The first system administrator was created at the first start of a production installation. */
public record FirstAdministratorCreated(String actor, long accountId, String username) implements AccountEvent {

	@Override
	public String auditAction() {
		return "FIRST_ADMINISTRATOR_CREATED";
	}
}
