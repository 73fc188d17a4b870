package id.warta.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import id.warta.platform.KeyFiles;
import org.springframework.stereotype.Component;

/**
 * The chain's hash functions over every field of an entry and the previous entry's hash: HMAC-SHA256 with a key
 * kept outside the database for every new entry, and plain SHA-256 for the entries written before the chain was
 * keyed. Whoever can write the table can recompute a plain SHA-256, but not an HMAC without the key.
 */
@Component
class AuditHashing {

	static final String GENESIS = "0".repeat(64);
	static final String PLAIN = "SHA-256";
	static final String KEYED = "HMAC-SHA256";

	private final byte[] key;

	AuditHashing(AuditSettings settings) {
		this.key = settings.chainKey().isBlank() ? KeyFiles.readOrCreate(settings.chainKeyFile())
				: settings.chainKey().getBytes(StandardCharsets.UTF_8);
	}

	/** The keyed hash of a new entry. */
	String keyed(long seq, Instant occurredAt, String actor, String action, String objectType, String objectId,
			String details, String prevHash) {
		byte[] canonical = canonical(seq, occurredAt, actor, action, objectType, objectId, details, prevHash);
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(canonical));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is required by every Java runtime", e);
		}
	}

	/** Whether the stored hash is what the entry's own algorithm gives; an unknown algorithm never holds. */
	boolean holds(AuditEntry entry) {
		String expected = switch (entry.algorithm()) {
			case KEYED -> keyed(entry.seq(), entry.occurredAt(), entry.actor(), entry.action(), entry.objectType(),
					entry.objectId(), entry.details(), entry.prevHash());
			case PLAIN -> plain(entry);
			default -> null;
		};
		return expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				entry.hash().getBytes(StandardCharsets.US_ASCII));
	}

	/** Plain SHA-256, as entries were hashed before the chain was keyed (and as a forger can recompute it). */
	static String plain(AuditEntry entry) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of()
				.formatHex(sha256.digest(canonical(entry.seq(), entry.occurredAt(), entry.actor(), entry.action(),
						entry.objectType(), entry.objectId(), entry.details(), entry.prevHash())));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
		}
	}

	private static byte[] canonical(long seq, Instant occurredAt, String actor, String action, String objectType,
			String objectId, String details, String prevHash) {
		// A field separator that cannot occur in a field keeps "a|bc" and "ab|c" apart.
		return String.join("\u001f", Long.toString(seq), occurredAt.toString(), actor, action, objectType, objectId,
				details, prevHash).getBytes(StandardCharsets.UTF_8);
	}
}
