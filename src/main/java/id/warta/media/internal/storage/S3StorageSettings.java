package id.warta.media.internal.storage;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where an S3-compatible object store is and how to sign in to it; used only when {@code warta.media.storage=s3}.
 *
 * @param endpoint the service URL, e.g. {@code http://minio:9000}; empty for Amazon S3 itself
 * @param region the signing region; most S3-compatible servers accept {@code us-east-1}
 * @param bucket the bucket that holds all media, created at start when missing
 * @param accessKey the access key; empty to use the SDK's default credential chain (environment, instance role)
 * @param secretKey the secret key that goes with {@code accessKey}
 * @param pathStyle {@code http://host/bucket/key} instead of {@code http://bucket.host/key}, as self-hosted servers want
 * @param prefix prepended to every key, so that one bucket can be shared with other applications
 */
@ConfigurationProperties("warta.media.s3")
public record S3StorageSettings(URI endpoint, @DefaultValue("us-east-1") String region, String bucket,
		String accessKey, String secretKey, @DefaultValue("true") boolean pathStyle, @DefaultValue("") String prefix) {

	/** The key prefix with exactly one trailing slash, or empty. */
	String keyPrefix() {
		String trimmed = prefix == null ? "" : prefix.replaceAll("^/+|/+$", "");
		return trimmed.isEmpty() ? "" : trimmed + "/";
	}

	boolean hasStaticCredentials() {
		return accessKey != null && !accessKey.isBlank();
	}

	/** Records print their components; this one must never print the secret key into a log. */
	@Override
	public String toString() {
		return "S3StorageSettings[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", accessKey="
				+ accessKey + ", secretKey=" + (secretKey == null || secretKey.isEmpty() ? "" : "******")
				+ ", pathStyle=" + pathStyle + ", prefix=" + prefix + "]";
	}
}
