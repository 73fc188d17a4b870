package id.warta.publishing.internal;

import java.time.Instant;

/** One try of a publication, as the status board lists it. */
public record Attempt(int number, String node, Instant startedAt, Instant finishedAt, String outcome,
		String detail) {
}
