package id.warta.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The chain's hash function: SHA-256 over every field of an entry and the previous entry's hash. */
final class AuditHashing {

	static final String GENESIS = "0".repeat(64);

	private AuditHashing() {
	}

	static String hash(long seq, Instant occurredAt, String actor, String action, String objectType,
			String objectId, String details, String prevHash) {
		// A field separator that cannot occur in a field keeps "a|bc" and "ab|c" apart.
		String canonical = String.join("\u001f", Long.toString(seq), occurredAt.toString(), actor, action,
				objectType, objectId, details, prevHash);
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
		}
	}

	static String hashOf(AuditEntry entry) {
		return hash(entry.seq(), entry.occurredAt(), entry.actor(), entry.action(), entry.objectType(),
				entry.objectId(), entry.details(), entry.prevHash());
	}
}
