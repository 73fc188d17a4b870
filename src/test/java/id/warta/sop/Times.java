package id.warta.sop;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;

/** Test fixtures: times as the agency reads them, and items no other test uses. */
final class Times {

	private static final AtomicLong ITEMS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	private Times() {
	}

	/** A local date and time in WIB, such as {@code 2026-03-02T10:00}. */
	static Instant wib(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant();
	}

	static SopItem newItem(String type) {
		return new SopItem(type, ITEMS.incrementAndGet());
	}
}
