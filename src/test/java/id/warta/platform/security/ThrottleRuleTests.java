package id.warta.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ThrottleRuleTests {

	final ThrottleRule shared = new ThrottleRule(10, 0, Duration.ofSeconds(2), Duration.ofSeconds(30));

	@Test
	void theWaitStartsAfterTheFreeFailuresDoublesAndStopsAtTheMaximum() {
		assertThat(shared.delayAfter(10)).isZero();
		assertThat(shared.delayAfter(11)).hasSeconds(2);
		assertThat(shared.delayAfter(12)).hasSeconds(4);
		assertThat(shared.delayAfter(13)).hasSeconds(8);
		assertThat(shared.delayAfter(14)).hasSeconds(16);
		assertThat(shared.delayAfter(15)).hasSeconds(30);
		assertThat(shared.delayAfter(10_000)).hasSeconds(30);
	}

	@Test
	void onlyARuleWithALockLimitEverLocks() {
		assertThat(shared.locks(10_000)).isFalse();
		var pair = new ThrottleRule(2, 5, Duration.ofSeconds(2), Duration.ofSeconds(30));
		assertThat(pair.locks(4)).isFalse();
		assertThat(pair.locks(5)).isTrue();
	}
}
