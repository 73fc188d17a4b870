package id.warta.platform;

import static id.warta.support.Requests.freshAddress;
import static id.warta.support.Requests.login;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import id.warta.organization.Role;
import id.warta.support.MutableClock;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@WartaTest
class LoginThrottleTests {

	static final String PASSWORD = "Rapat-pagi-jam-delapan";

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
	void fiveFailuresLockTheAccountForFifteenMinutesEvenWithTheRightPassword() throws Exception {
		String username = staff.create(PASSWORD, Role.CONTENT_ADMIN);
		for (int i = 0; i < 4; i++) {
			failAndExpectMessage(username, "salah", freshAddress(), "Nama pengguna atau kata sandi salah");
		}
		failAndExpectMessage(username, "salah", freshAddress(), "Terlalu banyak percobaan");
		// From yet another address and with the right password: the account itself is locked.
		failAndExpectMessage(username, PASSWORD, freshAddress(), "Terlalu banyak percobaan");

		clock.advance(Duration.ofMinutes(16));
		mvc.perform(login(username, PASSWORD, freshAddress())).andExpect(redirectedUrl("/kantor"));
	}

	@Test
	void fiveFailuresFromOneAddressLockThatAddressForEveryAccount() throws Exception {
		String address = freshAddress();
		for (int i = 0; i < 5; i++) {
			mvc.perform(login(staff.create(PASSWORD), "salah", address));
		}
		String untouched = staff.create(PASSWORD, Role.SCREENER);
		failAndExpectMessage(untouched, PASSWORD, address, "Terlalu banyak percobaan");
		mvc.perform(login(untouched, PASSWORD, freshAddress())).andExpect(redirectedUrl("/kantor"));
	}

	@Test
	void failuresSpreadOverMoreThanTheWindowDoNotLock() throws Exception {
		String username = staff.create(PASSWORD, Role.CONTENT_ADMIN);
		for (int i = 0; i < 4; i++) {
			mvc.perform(login(username, "salah", freshAddress()));
		}
		clock.advance(Duration.ofMinutes(20));
		failAndExpectMessage(username, "salah", freshAddress(), "Nama pengguna atau kata sandi salah");
		mvc.perform(login(username, PASSWORD, freshAddress())).andExpect(redirectedUrl("/kantor"));
	}

	@Test
	void aDeactivatedAccountIsToldSoAndKeepsItsUsernameInTheForm() throws Exception {
		String username = staff.create(PASSWORD, Role.CONTRIBUTOR);
		staff.deactivate(username);
		failAndExpectMessage(username, PASSWORD, freshAddress(), "sudah dinonaktifkan");
	}

	private void failAndExpectMessage(String username, String password, String address, String message)
			throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(login(username, password, address).session(session)).andExpect(redirectedUrl("/masuk?gagal"));
		mvc.perform(get("/masuk").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(message)))
			.andExpect(content().string(Matchers.containsString("value=\"" + username + "\"")));
	}
}
