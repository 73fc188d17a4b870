package id.warta.newsroom.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import id.warta.platform.KeyFiles;
import org.springframework.stereotype.Component;

/**
 * Seals a published revision: an HMAC over its content hash with a key kept outside the database. The website
 * serves a revision only when its content still hashes to the approved hash and the seal over that hash holds.
 */
@Component
public class StorySeal {

	private final byte[] key;

	StorySeal(NewsroomSettings settings) {
		this.key = settings.sealKey().isBlank() ? KeyFiles.readOrCreate(settings.sealKeyFile()) : settings.sealKey().getBytes(StandardCharsets.UTF_8);
	}

	public String seal(String contentHash) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(contentHash.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is required by every Java runtime", e);
		}
	}

	public boolean holds(String contentHash, String seal) {
		return seal != null && MessageDigest.isEqual(seal(contentHash).getBytes(StandardCharsets.US_ASCII),
				seal.getBytes(StandardCharsets.US_ASCII));
	}
}
