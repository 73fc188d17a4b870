package id.warta.publishing.internal;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Waits between attempts: exponential from the first retry up to the longest, with ±20 % jitter so that many
 * publications failing together do not come back together. A wait the platform asked for is honoured, plus a
 * little jitter, and never shortened.
 */
final class Backoff {

	private Backoff() {
	}

	static Duration after(int attempts, Duration asked, Duration first, Duration max) {
		if (asked != null && !asked.isNegative()) {
			return asked.plusMillis(ThreadLocalRandom.current().nextLong(0, Math.max(1, asked.toMillis() / 10 + 1)));
		}
		long base = first.toMillis() << Math.min(20, Math.max(0, attempts - 1));
		long capped = Math.min(base, max.toMillis());
		double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
		return Duration.ofMillis(Math.max(1, (long) (capped * jitter)));
	}
}
