package id.warta.site.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import id.warta.newsroom.PublishedFingerprints;
import id.warta.newsroom.StoryType;
import org.springframework.stereotype.Component;

/**
 * What a cached story page must still match to be served. Content changed in the database behind the
 * application's back raises no event, so a cached copy could keep answering 200 where the page must be withheld
 * (503) and the alarm raised. The fingerprint of the stored rows is taken before the page is rendered (whose seal
 * check then passed) and compared whenever the copy is served: any change sends the reader through the full seal
 * check again.
 * <p>
 * Under load the database is asked at most once per story address per
 * {@link PageCacheSettings#fingerprintCheckInterval()}; readers arriving meanwhile share that answer, and readers
 * arriving while it is asked wait for it. A change is therefore seen at most one interval (plus one query) late.
 */
@Component
class StoryPageFingerprint {

	/** Stands for "no story at this address", so that it never equals a story's fingerprint. */
	static final String NONE = "-";

	/** A fingerprint and when asking for it began ({@link System#nanoTime()}). */
	private record Check(String fingerprint, long startedAt) {
	}

	private final PublishedFingerprints fingerprints;
	private final long intervalNanos;
	private final int remembered;
	private final Map<String, Check> checks = new ConcurrentHashMap<>();

	StoryPageFingerprint(PublishedFingerprints fingerprints, PageCacheSettings settings) {
		this.fingerprints = fingerprints;
		this.intervalNanos = settings.fingerprintCheckInterval().toNanos();
		this.remembered = settings.capacity();
	}

	/**
	 * The fingerprint of the story shown at this path, from the database now; null when the path is not a story's
	 * page. Taken before rendering the page that will be kept.
	 */
	String current(String path) {
		StoryType type = type(path);
		if (type == null) {
			return null;
		}
		var check = ask(type, path);
		checks.merge(path, check, (older, newer) -> newer.startedAt() - older.startedAt() >= 0 ? newer : older);
		forgetOld();
		return check.fingerprint();
	}

	/** Whether the story shown at this path is still stored as it was when its kept copy was rendered. */
	boolean stillMatches(String path, String fingerprintOfCopy) {
		StoryType type = type(path);
		if (type == null) {
			return fingerprintOfCopy == null;
		}
		if (intervalNanos == 0) {
			return ask(type, path).fingerprint().equals(fingerprintOfCopy);
		}
		Check check = checks.get(path);
		if (check == null || !recent(check)) {
			// One reader asks; the others wanting the same address wait for its answer instead of asking too.
			check = checks.compute(path, (address, older) -> older != null && recent(older) ? older : ask(type, path));
			forgetOld();
		}
		return check.fingerprint().equals(fingerprintOfCopy);
	}

	private Check ask(StoryType type, String path) {
		long started = System.nanoTime();
		return new Check(fingerprints.of(type, path.substring(type.pathSegment().length() + 2)).orElse(NONE), started);
	}

	private boolean recent(Check check) {
		return System.nanoTime() - check.startedAt() < intervalNanos;
	}

	/** Answers older than the interval are worth nothing: keep the map no larger than the page cache. */
	private void forgetOld() {
		if (checks.size() > remembered) {
			checks.values().removeIf(check -> !recent(check));
		}
	}

	/** The type of story whose page this path is ({@code /berita/slug}); null for any other page. */
	private static StoryType type(String path) {
		int second = path.indexOf('/', 1);
		if (second < 0 || second == path.length() - 1 || path.indexOf('/', second + 1) >= 0) {
			return null;
		}
		return StoryType.ofPathSegment(path.substring(1, second)).orElse(null);
	}
}
