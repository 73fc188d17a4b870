package id.warta.media.internal.scan;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where clamd listens. Scanning is off while {@code host} is empty.
 *
 * @param host clamd's host name or address; empty turns scanning off
 * @param port clamd's {@code TCPSocket}
 * @param timeout how long connecting, sending and waiting for the verdict may take each, before the scan fails
 */
@ConfigurationProperties("warta.media.clamav")
public record ClamAvSettings(@DefaultValue("") String host, @DefaultValue("3310") int port,
		@DefaultValue("60s") Duration timeout) {

	boolean enabled() {
		return host != null && !host.isBlank();
	}
}
