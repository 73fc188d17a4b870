package id.warta.media.internal.scan;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Scans with clamd when {@code warta.media.clamav.host} is set, otherwise not at all. */
@Configuration(proxyBeanMethods = false)
class ScanConfiguration {

	@Bean
	MalwareScanner malwareScanner(ClamAvSettings settings) {
		return settings.enabled() ? new ClamAvScanner(settings) : new NoMalwareScanner();
	}
}
