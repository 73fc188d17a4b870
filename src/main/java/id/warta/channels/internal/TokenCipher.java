package id.warta.channels.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import id.warta.platform.KeyFiles;
import org.springframework.stereotype.Component;

/**
 * Encrypts channel tokens and secrets at rest with AES-GCM. Each value has its own random nonce and is bound to
 * its purpose (the associated data), so a token copied into another row or column does not decrypt there.
 */
@Component
class TokenCipher {

	private static final int NONCE_BYTES = 12;
	private static final int TAG_BITS = 128;
	/** Marks the format, so that a later key rotation can tell old values apart. */
	private static final String PREFIX = "v1:";

	private final SecretKeySpec key;
	private final SecureRandom random = new SecureRandom();

	TokenCipher(ChannelSettings settings) {
		byte[] bytes = settings.tokenKey().isBlank() ? KeyFiles.readOrCreate(settings.tokenKeyFile())
				: Base64.getDecoder().decode(settings.tokenKey().strip());
		if (bytes.length != 32) {
			throw new IllegalStateException("warta.channels.token-key must be 32 bytes in base64");
		}
		this.key = new SecretKeySpec(bytes, "AES");
	}

	String encrypt(String plain, String purpose) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return PREFIX + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM is required by every Java runtime", e);
		}
	}

	String decrypt(String stored, String purpose) {
		if (stored == null) {
			return null;
		}
		if (!stored.startsWith(PREFIX)) {
			throw new IllegalStateException("Unknown token format");
		}
		try {
			byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
			cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("A channel token does not decrypt with this key", e);
		}
	}
}
