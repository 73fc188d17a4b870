package id.warta.audit.internal;

import java.time.Instant;
import java.util.Optional;

/**
 * The chain's head as a check found it intact, kept outside the database: any later chain must still have this
 * entry with this hash. A table rolled back to an older, consistent chain no longer does.
 */
public record ChainAnchor(long seq, String hash, Instant anchoredAt) {

	/** One line of the anchor file: {@code <seq> <hash> <instant>}. */
	String line() {
		return seq + " " + hash + " " + anchoredAt;
	}

	static Optional<ChainAnchor> parse(String line) {
		String[] parts = line.strip().split(" ");
		if (parts.length != 3) {
			return Optional.empty();
		}
		try {
			return Optional.of(new ChainAnchor(Long.parseLong(parts[0]), parts[1], Instant.parse(parts[2])));
		}
		catch (RuntimeException malformed) {
			return Optional.empty();
		}
	}
}
