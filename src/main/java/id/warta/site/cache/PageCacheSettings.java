package id.warta.site.cache;

import java.time.Duration;

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
 */
@Validated
@ConfigurationProperties("warta.site.page-cache")
record PageCacheSettings(@Min(1) @DefaultValue("500") int capacity,
		@NotNull @DefaultValue("60s") Duration timeToLive, @DefaultValue("true") boolean enabled) {
}
