package id.warta.media.internal.storage;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses where media bytes live: {@code warta.media.storage=local} (the default, a directory) or {@code s3}.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	/** An S3 client is closed by Spring through {@link S3MediaStorage#close()}, an inferred destroy method. */
	@Bean
	MediaStorage mediaStorage(@Value("${warta.media.storage:local}") String kind,
			@Value("${warta.media.directory:./data/media}") Path directory, S3StorageSettings s3) throws IOException {
		return switch (kind.trim().toLowerCase(java.util.Locale.ROOT)) {
			case "local" -> new LocalMediaStorage(directory);
			case "s3" -> {
				S3MediaStorage storage = new S3MediaStorage(s3);
				try {
					storage.createBucketIfMissing();
				}
				catch (IOException | RuntimeException ex) {
					storage.close();
					throw ex;
				}
				yield storage;
			}
			// A typo must stop the start, not silently keep uploads on the local disk.
			default -> throw new IllegalStateException(
					"warta.media.storage must be 'local' or 's3', not '" + kind + "'");
		};
	}
}
