package id.warta.media.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import id.warta.media.MediaLinks;
import id.warta.platform.KeyFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** HMAC-signed media addresses: {@code /berkas/tautan/<id>.<rendition>.<expiry>.<signature>}. */
@Component
class SignedMediaLinks implements MediaLinks {

	static final String PREFIX = "/berkas/tautan/";
	private static final Pattern NAME = Pattern.compile("[a-z0-9-]+\\.[a-z0-9]+|-");
	private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

	private final byte[] key;
	private final Clock clock;

	SignedMediaLinks(@Value("${warta.media.link-key-file:./data/keys/media-links.key}") java.nio.file.Path keyFile,
			Clock clock) {
		this.key = KeyFiles.readOrCreate(keyFile);
		this.clock = clock;
	}

	@Override
	public String signedPath(long mediaId, String rendition, Duration validFor) {
		String name = rendition == null ? "-" : rendition;
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a rendition name: " + rendition);
		}
		String payload = mediaId + "." + name + "." + clock.instant().plus(validFor).getEpochSecond();
		return PREFIX + payload + "." + sign(payload);
	}

	@Override
	public Optional<Target> verify(String token) {
		int last = token.lastIndexOf('.');
		if (last < 0) {
			return Optional.empty();
		}
		String payload = token.substring(0, last);
		byte[] given = token.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(given, sign(payload).getBytes(StandardCharsets.US_ASCII))) {
			return Optional.empty();
		}
		String[] parts = payload.split("\\.");
		try {
			// id . name . extension . expiry, or id . - . expiry
			long expiry = Long.parseLong(parts[parts.length - 1]);
			if (clock.instant().getEpochSecond() > expiry) {
				return Optional.empty();
			}
			long id = Long.parseLong(parts[0]);
			String name = payload.substring(parts[0].length() + 1, payload.length() - parts[parts.length - 1].length() - 1);
			return Optional.of(new Target(id, "-".equals(name) ? null : name));
		}
		catch (NumberFormatException malformed) {
			return Optional.empty();
		}
	}

	private String sign(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return URL.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is required by every Java runtime", e);
		}
	}
}
