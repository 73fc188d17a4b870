package id.warta.publishing.internal;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The channel dispatcher.
 *
 * @param pollInterval how often each node looks for due publications
 * @param lease how long a node holds a publication without a sign of life before another may take it over; every
 * step a connector records renews it
 * @param maxAttempts attempts before a publication that keeps failing transiently stops
 * @param firstRetry the wait after the first transient failure; it doubles each time, with jitter
 * @param maxRetry the longest wait between attempts
 * @param mediaLinkValidity how long the signed media addresses given to platforms stay valid
 * @param node this node's name in leases and attempts; the host name by default
 * @param dispatch false for a node that serves pages and the back office but never sends to the platforms
 */
@Validated
@ConfigurationProperties("warta.publishing")
public record PublishingSettings(@NotNull @DefaultValue("2s") Duration pollInterval,
		@NotNull @DefaultValue("15m") Duration lease, @Min(1) @DefaultValue("8") int maxAttempts,
		@NotNull @DefaultValue("30s") Duration firstRetry, @NotNull @DefaultValue("1h") Duration maxRetry,
		@NotNull @DefaultValue("24h") Duration mediaLinkValidity, @DefaultValue("") String node,
		@DefaultValue("true") boolean dispatch) {
}
