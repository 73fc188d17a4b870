package id.warta.site.search;

import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import id.warta.newsroom.PublishedContentTampered;
import id.warta.newsroom.PublishedStories;
import id.warta.newsroom.StoryPublished;
import id.warta.newsroom.StoryWithdrawn;
import id.warta.platform.AfterCommit;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Keeps the index equal to what is published, from {@link PublishedStories#allPublished()} only: at start, after
 * every publication, and every {@link SearchSettings#refreshInterval()}. A withdrawn or tampered story leaves the
 * index at once. All changes run one after another on one background thread, so that a refresh that read the
 * published stories just before a withdrawal cannot put the story back after it was taken out.
 */
@Component
class IndexUpdates {

	private static final Logger log = LoggerFactory.getLogger(IndexUpdates.class);

	private final StoryIndex index;
	private final PublishedStories published;
	private final PublishedDocuments documents;
	private final SearchSettings settings;
	private final TaskScheduler scheduler;
	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "site-search-index");
		thread.setDaemon(true);
		return thread;
	});
	private final AtomicBoolean refreshQueued = new AtomicBoolean();
	private volatile boolean ready;

	IndexUpdates(StoryIndex index, PublishedStories published, PublishedDocuments documents,
			SearchSettings settings, TaskScheduler scheduler) {
		this.index = index;
		this.published = published;
		this.documents = documents;
		this.settings = settings;
		this.scheduler = scheduler;
	}

	/** Whether the index has been built: false only in the first moments after a start with an empty index. */
	boolean ready() {
		return ready;
	}

	/** In the background, so that start-up does not wait for every published story and document to be read. */
	@EventListener(ApplicationReadyEvent.class)
	void started() {
		ready = index.size() > 0;
		refreshSoon();
		scheduler.scheduleWithFixedDelay(this::refreshSoon, Instant.now().plus(settings.refreshInterval()),
				settings.refreshInterval());
	}

	/**
	 * Plain listeners, as for the page cache: this node's index follows right after the commit, and a lost event
	 * costs only until the next refresh.
	 */
	@EventListener(StoryPublished.class)
	void published() {
		AfterCommit.run(this::refreshSoon);
	}

	/** A withdrawn story leaves the index after the commit, without waiting for a refresh. */
	@EventListener
	void withdrawn(StoryWithdrawn withdrawn) {
		AfterCommit.run(() -> dropSoon(withdrawn.storyId()));
	}

	/** A story changed behind the application's back leaves the index as soon as a read finds it out. */
	@EventListener
	void tampered(PublishedContentTampered tampered) {
		AfterCommit.run(() -> dropSoon(tampered.storyId()));
	}

	/** Several requests while one refresh waits make one refresh. */
	void refreshSoon() {
		if (refreshQueued.compareAndSet(false, true)) {
			run(() -> {
				refreshQueued.set(false);
				refresh();
			});
		}
	}

	void dropSoon(long storyId) {
		run(() -> {
			try {
				index.remove(storyId);
				index.publish();
			}
			catch (IOException | RuntimeException e) {
				log.error("Story {} could not be taken out of the search index", storyId, e);
			}
		});
	}

	/** While the application stops, nothing more is taken: the index goes with it. */
	private void run(Runnable change) {
		try {
			worker.execute(change);
		}
		catch (RejectedExecutionException stopping) {
			log.debug("The application is stopping: the search index is no longer changed");
		}
	}

	private void refresh() {
		try {
			long started = System.nanoTime();
			List<PublishedDocuments.Prepared> stories = documents.prepare(published.allPublished());
			Set<Long> current = new HashSet<>();
			int changed = 0;
			for (PublishedDocuments.Prepared story : stories) {
				current.add(story.story().id());
				if (!index.version(story.story().id()).orElse("").equals(story.version())) {
					index.put(documents.complete(story));
					changed++;
				}
			}
			Set<Long> gone = new HashSet<>(index.storyIds());
			gone.removeAll(current);
			for (long storyId : gone) {
				index.remove(storyId);
			}
			index.publish();
			ready = true;
			if (changed > 0 || !gone.isEmpty()) {
				log.info("Search index refreshed: {} stories, {} indexed anew, {} removed, in {} ms", current.size(),
						changed, gone.size(), (System.nanoTime() - started) / 1_000_000);
			}
		}
		catch (IOException | RuntimeException e) {
			log.error("The search index could not be refreshed; it is tried again at the next change", e);
		}
	}


	@PreDestroy
	void stop() throws InterruptedException {
		// Not interrupted: an interrupted write would close the index files under Lucene.
		worker.shutdown();
		if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
			log.warn("The search index was still being refreshed when the application stopped");
		}
	}
}
