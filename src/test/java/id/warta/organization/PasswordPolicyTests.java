package id.warta.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.warta.organization.internal.PasswordContext;
import id.warta.organization.internal.PasswordPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTests {

	static final PasswordPolicy policy = new PasswordPolicy();

	/** What the agency of these tests looks like to the policy: the demo agency in Kota Bekasi, in 2026. */
	static final PasswordContext DPKPP = new PasswordContext(
			List.of("dpkpp", "dinasperumahankawasanpermukimandanpertanahankotabekasi", "dinas", "perumahan",
					"kawasan", "permukiman", "dan", "pertanahan", "kota", "bekasi", "juanda", "timur", "jawa", "barat",
					"2027", "2026", "2025", "2024"),
			List.of("budi.santoso", "budi", "santoso", "siti.rahmawati", "siti", "rahmawati", "penyaring"));

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
	void keepsTheFixedRules(String password, String reason) {
		assertThat(policy.problem(password, "budi.santoso", DPKPP)).contains(reason);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({
			// the agency's names, its city and the year
			"Dpkpp-Bekasi-2026, password.weak.agency",
			"PerumahanBekasi!, password.weak.agency",
			"JuandaTimur2025, password.weak.agency",
			"Pertanahan#2026, password.weak.agency",
			// a colleague's username, or the parts of one's own
			"SitiRahmawati!!, password.weak.username",
			"santoso.budi.99, password.weak.username",
			// Indonesian words and passwords that the English dictionaries do not know
			"rahasiasayang, password.weak.words",
			"Merdeka-Cinta, password.weak.words",
			"garudapancasila, password.weak.words",
			"sayangku-cintaku, password.weak.words",
			// patterns
			"klmnopqrstuv, password.weak.pattern",
			"17081945170845, password.weak.pattern" })
	void refusesWhatTheEstimatorRatesEasyToGuessAndSaysWhy(String password, String reason) {
		assertThat(policy.problem(password, "budi.santoso", DPKPP)).contains(reason);
	}

	@ParameterizedTest
	@CsvSource({ "Kopi-pahit-di-pagi-hari-Selasa", "rumah susun sewa di tepi sungai", "Tj8#kq2mZ!",
			"Jembatan-oranye-berdebu-lapuk", "gerobak vespa ceria jerapah" })
	void acceptsPasswordsThatAreHardToGuess(String password) {
		assertThat(policy.problem(password, "budi.santoso", DPKPP)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "Dpkpp-Bekasi-2026", "SitiRahmawati!!" })
	void agencyWordsAndUsernamesCountOnlyWhereTheyBelong(String password) {
		assertThat(policy.problem(password, "budi.santoso", PasswordContext.NONE)).isEmpty();
	}
}
