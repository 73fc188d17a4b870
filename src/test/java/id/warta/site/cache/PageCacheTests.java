package id.warta.site.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The page cache on its own: bounded, least recently read out first, and no stale page kept after a change. */
class PageCacheTests {

	final PageCache cache = new PageCache(new PageCacheSettings(2, Duration.ofMinutes(1), true, Duration.ofSeconds(1)),
			Clock.fixed(Instant.parse("2026-11-28T02:00:00.5Z"), ZoneOffset.UTC));

	@Test
	void keepsOnlyTheMostRecentlyReadPages() {
		var now = cache.generation();
		cache.put("/a", page(), now);
		cache.put("/b", page(), now);
		cache.get("/a");
		cache.put("/c", page(), now);
		assertThat(cache.get("/a")).isPresent();
		assertThat(cache.get("/b")).isEmpty();
		assertThat(cache.get("/c")).isPresent();
		assertThat(cache.size()).isEqualTo(2);
	}

	@Test
	void aPageRenderedBeforeAChangeIsNotKept() {
		var before = cache.generation();
		cache.put("/a", page(), before);
		cache.publicContentChanged();
		assertThat(cache.get("/a")).isEmpty();
		cache.put("/b", page(), before);
		assertThat(cache.get("/b")).isEmpty();
		assertThat(cache.generation().since()).isEqualTo(Instant.parse("2026-11-28T02:00:00Z"));
	}

	@Test
	void pagesExpire() {
		var shortLived = new PageCache(new PageCacheSettings(2, Duration.ZERO, true, Duration.ofSeconds(1)), Clock.systemUTC());
		shortLived.put("/a", page(), shortLived.generation());
		assertThat(shortLived.get("/a")).isEmpty();
	}

	private static CachedPage page() {
		return new CachedPage(new byte[] { 1 }, "text/html", "\"x\"", Instant.EPOCH, null, System.nanoTime(), Map.of());
	}
}
