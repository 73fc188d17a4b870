package id.warta.organization;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.organization.internal.PasswordPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTests {

	final PasswordPolicy policy = new PasswordPolicy();

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({
			"'', password.required",
			"pendek12, password.tooShort",
			"123456789, password.tooShort",
			"1234567890, password.common",
			"QwertyUIOP, password.common",
			"Bismillah123, password.common",
			"kotabekasi123, password.common",
			"budi.santoso-2026, password.containsUsername",
			"aaaaaaaaaaaa, password.tooSimple",
			"abababababab, password.tooSimple",
			"0123456789012345678901234567890123456789012345678901234567890123x, password.tooLong" })
	void refusesWeakPasswordsWithTheirReason(String password, String reason) {
		assertThat(policy.problem(password, "budi.santoso")).contains(reason);
	}

	@ParameterizedTest
	@CsvSource({ "Kopi-pahit-di-pagi-hari", "rumah susun sewa 2026", "Tj8#kq2mZ!", "sepuluhhur" })
	void acceptsLongPasswordsThatAreNotCommon(String password) {
		assertThat(policy.problem(password, "budi.santoso")).isEmpty();
	}
}
