package id.warta.site.cache;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The in-memory cache of rendered public pages.
 *
 * @param capacity how many pages are kept; the least recently read goes first
 * @param timeToLive how long a page is kept at most. Publishing invalidates only the node that published, so
 * with several nodes this bounds how long another node shows the previous version.
 * @param enabled false renders every page anew (HTTP caching headers are still sent)
 * @param fingerprintCheckInterval how long one look at a story's stored fingerprint answers for every reader of
 * its kept page (ADR 0017): a story changed in the database behind the application's back is withheld at most this
 * long after the change. Zero asks the database on every read; at most one second.
 */
@Validated
@ConfigurationProperties("warta.site.page-cache")
record PageCacheSettings(@Min(1) @DefaultValue("500") int capacity,
		@NotNull @DefaultValue("60s") Duration timeToLive, @DefaultValue("true") boolean enabled,
		@NotNull @DefaultValue("1s") Duration fingerprintCheckInterval) {

	@AssertTrue(message = "warta.site.page-cache.fingerprint-check-interval must be between 0 and 1s")
	public boolean isFingerprintCheckIntervalAtMostASecond() {
		return fingerprintCheckInterval == null || !fingerprintCheckInterval.isNegative()
				&& fingerprintCheckInterval.compareTo(Duration.ofSeconds(1)) <= 0;
	}
}
