package id.warta.platform.security;

import static id.warta.support.Requests.freshAddress;
import static id.warta.support.Requests.login;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import id.warta.support.MutableClock;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WartaTest
class LoginThrottleCleanupTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void countsThatNoLongerMatterAreForgottenAndRunningLocksAreKept() throws Exception {
		String address = freshAddress();
		String addressKey = "address:" + address;
		for (int i = 0; i < 5; i++) {
			mvc.perform(login("tidak-ada", "salah", address));
			clock.advance(Duration.ofSeconds(30));
		}
		// The pair is locked for another half minute; the address failed 14.5 minutes ago, within the window.
		clock.advance(Duration.ofMinutes(14));
		throttle.forgetOldCounts();
		assertThat(rows("pair:" + address + " tidak-ada")).isOne();
		assertThat(rows(addressKey)).isOne();

		clock.advance(Duration.ofMinutes(2));
		throttle.forgetOldCounts();
		assertThat(rows("pair:" + address + " tidak-ada")).isZero();
		assertThat(rows(addressKey)).isZero();
	}

	private int rows(String key) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM login_throttle WHERE throttle_key = ?", Integer.class, key);
	}
}
