package id.warta.platform.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of sign-in and of the operational endpoints.
 *
 * @param maxLoginFailures failures of one account from one address after which that pair (and only that pair) is
 * locked; from half of them on, the pair is slowed down first
 * @param lockDuration how long a lock lasts, and how long without failures before a count starts again
 * @param firstLoginDelay the first wait imposed once a count is past its free failures; each further failure
 * doubles it
 * @param maxLoginDelay the longest wait: an address or an account is slowed at most this much, never locked
 * @param sharedFailuresBeforeDelay failures from one address (any accounts), or of one account (any addresses),
 * before they are slowed down; higher than {@code maxLoginFailures} so that one mistyping colleague, or an
 * attacker on one address, never slows the whole office or the account's owner elsewhere
 * @param metricsToken bearer token that may read {@code /actuator/prometheus} without a session; empty: none
 */
@Validated
@ConfigurationProperties("warta.security")
record SecuritySettings(@Min(1) @DefaultValue("5") int maxLoginFailures,
		@NotNull @DefaultValue("15m") Duration lockDuration, @NotNull @DefaultValue("2s") Duration firstLoginDelay,
		@NotNull @DefaultValue("30s") Duration maxLoginDelay, @Min(1) @DefaultValue("10") int sharedFailuresBeforeDelay,
		@DefaultValue("") String metricsToken) {

	ThrottleRule pairRule() {
		return new ThrottleRule(maxLoginFailures / 2, maxLoginFailures, firstLoginDelay, maxLoginDelay);
	}

	ThrottleRule sharedRule() {
		return new ThrottleRule(sharedFailuresBeforeDelay, 0, firstLoginDelay, maxLoginDelay);
	}
}
