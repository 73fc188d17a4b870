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
 * @param maxLoginFailures failures within {@code lockDuration} after which an account or an address is locked
 * @param lockDuration how long the lock lasts, and the window in which failures are counted
 * @param metricsToken bearer token that may read {@code /actuator/prometheus} without a session; empty: none
 */
@Validated
@ConfigurationProperties("warta.security")
record SecuritySettings(@Min(1) @DefaultValue("5") int maxLoginFailures,
		@NotNull @DefaultValue("15m") Duration lockDuration, @DefaultValue("") String metricsToken) {
}
