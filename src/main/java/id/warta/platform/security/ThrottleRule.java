package id.warta.platform.security;

import java.time.Duration;

/**
 * How one kind of login count answers failures: the first {@code freeFailures} cost nothing, then every failure
 * doubles the wait before the next attempt, up to {@code maxDelay}; a count with {@code lockAfter > 0} is locked
 * once it reaches that many failures.
 */
record ThrottleRule(int freeFailures, int lockAfter, Duration firstDelay, Duration maxDelay) {

	/** Doubling more often than this overflows long before any sensible maximum is reached. */
	private static final int MAX_DOUBLINGS = 20;

	Duration delayAfter(int failures) {
		if (failures <= freeFailures) {
			return Duration.ZERO;
		}
		Duration delay = firstDelay.multipliedBy(1L << Math.min(failures - freeFailures - 1, MAX_DOUBLINGS));
		return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
	}

	boolean locks(int failures) {
		return lockAfter > 0 && failures >= lockAfter;
	}
}
