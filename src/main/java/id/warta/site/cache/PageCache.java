package id.warta.site.cache;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import id.warta.newsroom.PublishedContentTampered;
import id.warta.newsroom.StoryPublished;
import id.warta.newsroom.StoryWithdrawn;
import id.warta.organization.AgencyProfileUpdated;
import id.warta.organization.DivisionCreated;
import id.warta.organization.DivisionUpdated;
import id.warta.platform.AfterCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rendered public pages, least recently read evicted first, all dropped whenever what the public sees changes.
 * <p>
 * A page rendered while a change was being committed may show the old state; its store is refused because the
 * {@link Generation} it started in is over. Every public page can show any story (the home page, lists, feeds),
 * so nothing finer than dropping everything would be correct.
 */
@Component
class PageCache {

	private static final Logger log = LoggerFactory.getLogger(PageCache.class);

	/** Which state of the site a request began in, and when that state began (its Last-Modified). */
	record Generation(long number, Instant since) {
	}

	private final PageCacheSettings settings;
	private final Clock clock;
	private final Map<String, CachedPage> pages;
	private Generation generation;

	PageCache(PageCacheSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		this.pages = new LinkedHashMap<>(settings.capacity() * 4 / 3 + 1, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, CachedPage> eldest) {
				return size() > settings.capacity();
			}
		};
		this.generation = new Generation(0, now());
	}

	synchronized Generation generation() {
		return generation;
	}

	synchronized Optional<CachedPage> get(String key) {
		CachedPage page = pages.get(key);
		if (page != null && System.nanoTime() - page.storedAtNanos() > settings.timeToLive().toNanos()) {
			pages.remove(key);
			return Optional.empty();
		}
		return Optional.ofNullable(page);
	}

	/** Keeps a page unless the site changed since the request that rendered it began. */
	synchronized void put(String key, CachedPage page, Generation renderedIn) {
		if (settings.enabled() && renderedIn.number() == generation.number()) {
			pages.put(key, page);
		}
	}

	synchronized void evict(String key) {
		pages.remove(key);
	}

	synchronized int size() {
		return pages.size();
	}

	synchronized void invalidate() {
		pages.clear();
		generation = new Generation(generation.number() + 1, now());
	}

	/**
	 * A plain listener rather than {@code @ApplicationModuleListener}: dropping this node's memory must happen right
	 * after the commit (a reader reloading the page must see the story) and is not worth a durable event record.
	 */
	@EventListener({ StoryPublished.class, StoryWithdrawn.class, PublishedContentTampered.class,
			AgencyProfileUpdated.class, DivisionCreated.class, DivisionUpdated.class })
	void publicContentChanged() {
		log.debug("Public content changed: cached pages are dropped after the commit");
		AfterCommit.run(this::invalidate);
	}

	/** HTTP dates have whole seconds; a finer time would never match If-Modified-Since. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}
}
