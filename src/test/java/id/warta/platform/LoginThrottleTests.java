package id.warta.platform;

import static id.warta.support.Requests.freshAddress;
import static id.warta.support.Requests.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import id.warta.organization.Role;
import id.warta.platform.web.Wib;
import id.warta.support.MutableClock;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Login throttling as a user meets it, with the default settings: a pair of account and address is slowed from
 * its third failure and locked at its fifth; an address or an account is slowed from its eleventh, 2 s doubling
 * up to 30 s, and never locked.
 */
@WartaTest
class LoginThrottleTests {

	static final String PASSWORD = "Rapat-pagi-jam-delapan";
	static final String WRONG = "Nama pengguna atau kata sandi salah";
	static final String LOCKED = "Terlalu banyak percobaan masuk yang gagal. Demi keamanan";
	static final String WAIT = "Tunggu sebentar";

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void rightPasswordSignsInAndLandsOnTheBackOffice() throws Exception {
		String username = staff.create(PASSWORD, Role.CONTENT_ADMIN);
		mvc.perform(login(username, PASSWORD, freshAddress())).andExpect(redirectedUrl("/kantor"));
	}

	@Test
	void aFloodOfWrongPasswordsFromOneAddressLocksOnlyThatAddressOutOfThatAccount() throws Exception {
		String owner = staff.create(PASSWORD, Role.SCREENER);
		String attacker = freshAddress();
		for (int i = 0; i < 20; i++) {
			mvc.perform(login(owner, "tebakan-" + i, attacker));
			clock.advance(Duration.ofSeconds(30)); // as fast as the delays allow
		}
		// The attacker's address stays locked out of this account, even with the right password...
		assertThat(attempt(owner, PASSWORD, attacker)).contains(LOCKED);
		// ...while the owner signs in from their own address at once, and so does a colleague from the attacker's.
		mvc.perform(login(owner, PASSWORD, freshAddress())).andExpect(redirectedUrl("/kantor"));
		mvc.perform(login(staff.create(PASSWORD), PASSWORD, attacker)).andExpect(redirectedUrl("/kantor"));
	}

	@Test
	void wrongPasswordsForManyAccountsFromOneOfficeAddressSlowItDownButLockNobody() throws Exception {
		String office = freshAddress();
		List<String> staffOfTheOffice = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			String username = staff.create(PASSWORD);
			staffOfTheOffice.add(username);
			assertThat(attempt(username, "salah", office)).contains(WRONG);
		}
		String colleague = staff.create(PASSWORD, Role.CONTENT_ADMIN);
		assertThat(attempt(colleague, PASSWORD, office)).contains(WAIT)
			.containsPattern("pukul \\d\\d\\.\\d\\d\\.\\d\\d WIB");

		clock.advance(Duration.ofSeconds(2));
		mvc.perform(login(colleague, PASSWORD, office)).andExpect(redirectedUrl("/kantor"));
		// Every account that failed from the office signs in from it too, and from anywhere else.
		mvc.perform(login(staffOfTheOffice.get(0), PASSWORD, office)).andExpect(redirectedUrl("/kantor"));
		mvc.perform(login(staffOfTheOffice.get(1), PASSWORD, freshAddress())).andExpect(redirectedUrl("/kantor"));
	}

	@Test
	void theDelayDoublesWithEachFailureAndAttemptsDuringItAreNotCounted() throws Exception {
		String office = freshAddress();
		for (int i = 0; i < 11; i++) {
			attempt(staff.create(PASSWORD), "salah", office);
		}
		String someone = staff.create(PASSWORD);
		assertThat(attempt(someone, "salah", office)).contains(WAIT); // 2 s after the 11th failure
		clock.advance(Duration.ofSeconds(2));
		assertThat(attempt(someone, "salah", office)).contains(WRONG); // the 12th: now 4 s
		clock.advance(Duration.ofSeconds(2));
		assertThat(attempt(someone, "salah", office)).contains(WAIT);
		clock.advance(Duration.ofSeconds(2));
		assertThat(attempt(someone, "salah", office)).contains(WRONG); // the 13th: now 8 s
		clock.advance(Duration.ofSeconds(7));
		assertThat(attempt(someone, PASSWORD, office)).contains(WAIT);
		clock.advance(Duration.ofSeconds(1));
		mvc.perform(login(someone, PASSWORD, office)).andExpect(redirectedUrl("/kantor"));
	}

	@Test
	void oneAccountFromOneAddressIsSlowedBeforeItIsLockedAndTheLockSaysUntilWhen() throws Exception {
		String username = staff.create(PASSWORD, Role.CONTENT_ADMIN);
		String address = freshAddress();
		assertThat(attempt(username, "salah", address)).contains(WRONG);
		assertThat(attempt(username, "salah", address)).contains(WRONG);
		assertThat(attempt(username, "salah", address)).contains(WRONG);
		assertThat(attempt(username, PASSWORD, address)).contains(WAIT); // unchecked, even the right one
		clock.advance(Duration.ofSeconds(2));
		assertThat(attempt(username, "salah", address)).contains(WRONG);
		clock.advance(Duration.ofSeconds(4));

		Instant failedAt = clock.instant();
		String lockMessage = attempt(username, "salah", address);
		assertThat(lockMessage).contains(LOCKED);
		assertThat(lockMessage).containsAnyOf(lockedUntil(failedAt), lockedUntil(clock.instant()));
		assertThat(attempt(username, PASSWORD, address)).contains(LOCKED);

		clock.advance(Duration.ofMinutes(16));
		mvc.perform(login(username, PASSWORD, address)).andExpect(redirectedUrl("/kantor"));
	}

	@Test
	void failuresSpreadOverMoreThanTheWindowDoNotLock() throws Exception {
		String username = staff.create(PASSWORD, Role.CONTENT_ADMIN);
		String address = freshAddress();
		for (int i = 0; i < 4; i++) {
			attempt(username, "salah", address);
			clock.advance(Duration.ofSeconds(30));
		}
		clock.advance(Duration.ofMinutes(20));
		assertThat(attempt(username, "salah", address)).contains(WRONG);
		mvc.perform(login(username, PASSWORD, address)).andExpect(redirectedUrl("/kantor"));
	}

	@Test
	void aDeactivatedAccountIsToldSoAndKeepsItsUsernameInTheForm() throws Exception {
		String username = staff.create(PASSWORD, Role.CONTRIBUTOR);
		staff.deactivate(username);
		assertThat(attempt(username, PASSWORD, freshAddress())).contains("sudah dinonaktifkan");
	}

	private static String lockedUntil(Instant failedAt) {
		Instant until = failedAt.plus(Duration.ofMinutes(15));
		return "pukul " + DateTimeFormatter.ofPattern("HH.mm").withZone(Wib.ZONE).format(until);
	}

	/** A login that fails, and the page it leads to, whose message and filled-in username are returned. */
	private String attempt(String username, String password, String address) throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(login(username, password, address).session(session)).andExpect(redirectedUrl("/masuk?gagal"));
		String page = mvc.perform(get("/masuk").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"" + username + "\"");
		return page;
	}
}
