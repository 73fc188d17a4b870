package id.warta.site.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import id.warta.newsroom.PublishedFingerprints;
import id.warta.newsroom.StoryType;
import org.junit.jupiter.api.Test;

/**
 * A story's stored fingerprint is looked at once per address per interval however many readers arrive, and a
 * change is seen once the interval is over.
 */
class StoryPageFingerprintTests {

	/** The database, slow enough that concurrent readers overlap. */
	static class Stored implements PublishedFingerprints {

		final AtomicInteger asked = new AtomicInteger();
		volatile String fingerprint = "a";

		@Override
		public Optional<String> of(StoryType type, String slug) {
			asked.incrementAndGet();
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return "ada".equals(slug) ? Optional.of(fingerprint) : Optional.empty();
		}
	}

	final Stored stored = new Stored();

	@Test
	void concurrentReadersShareOneLook() throws Exception {
		var fingerprints = fingerprints(Duration.ofSeconds(1));
		var start = new CountDownLatch(1);
		List<Callable<Boolean>> readers = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			readers.add(() -> {
				start.await();
				return fingerprints.stillMatches("/berita/ada", "a");
			});
		}
		var pool = Executors.newFixedThreadPool(16);
		try {
			List<Future<Boolean>> answers = new ArrayList<>();
			readers.forEach(reader -> answers.add(pool.submit(reader)));
			start.countDown();
			for (Future<Boolean> answer : answers) {
				assertThat(answer.get()).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(stored.asked).hasValue(1);
	}

	@Test
	void aChangeIsSeenOnceTheIntervalIsOver() throws Exception {
		var fingerprints = fingerprints(Duration.ofMillis(200));
		String rendered = fingerprints.current("/berita/ada");
		assertThat(fingerprints.stillMatches("/berita/ada", rendered)).isTrue();
		assertThat(stored.asked).as("the look before rendering counts").hasValue(1);

		stored.fingerprint = "changed behind the application's back";
		Thread.sleep(200);
		assertThat(fingerprints.stillMatches("/berita/ada", rendered)).isFalse();
		assertThat(stored.asked).hasValue(2);
	}

	@Test
	void withoutAnIntervalEveryReadLooks() {
		var fingerprints = fingerprints(Duration.ZERO);
		String rendered = fingerprints.current("/berita/ada");
		stored.fingerprint = "changed";
		assertThat(fingerprints.stillMatches("/berita/ada", rendered)).isFalse();
		assertThat(fingerprints.stillMatches("/berita/ada", "changed")).isTrue();
		assertThat(stored.asked).hasValue(3);
	}

	@Test
	void onlyStoryPagesHaveAFingerprint() {
		var fingerprints = fingerprints(Duration.ofSeconds(1));
		assertThat(fingerprints.current("/berita/tidak-ada")).isEqualTo(StoryPageFingerprint.NONE);
		for (String path : List.of("/", "/berita", "/berita/", "/berita/ada/", "/bidang/sekretariat", "/feed/rss.xml")) {
			assertThat(fingerprints.current(path)).as(path).isNull();
			assertThat(fingerprints.stillMatches(path, null)).as(path).isTrue();
		}
		assertThat(stored.asked).hasValue(1);
	}

	private StoryPageFingerprint fingerprints(Duration interval) {
		return new StoryPageFingerprint(stored, new PageCacheSettings(500, Duration.ofMinutes(1), true, interval));
	}
}
