package id.warta.media.internal;

import java.nio.file.Path;
import java.time.Duration;

import id.warta.media.MediaKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Where media files are kept and how large each kind may be.
 *
 * @param directory the local storage directory (used when the storage is local)
 * @param uploadDirectory where unfinished uploads collect their bytes; on the same disk as {@code directory}, a
 * finished upload is moved, not copied
 * @param uploadExpiry how long an unfinished upload may rest before it is removed
 * @param maxPixels the largest picture (width × height, from its header) that is ever decoded
 * @param processingInterval how often the background processing looks for new originals
 */
@Validated
@ConfigurationProperties("warta.media")
public record MediaSettings(@NotNull @DefaultValue("./data/media") Path directory,
		@NotNull @DefaultValue("./data/uploads") Path uploadDirectory,
		@NotNull @DefaultValue("4GB") DataSize maxVideo, @NotNull @DefaultValue("50MB") DataSize maxImage,
		@NotNull @DefaultValue("200MB") DataSize maxDocument, @NotNull @DefaultValue("500MB") DataSize maxAudio,
		@NotNull @DefaultValue("24h") Duration uploadExpiry, @Positive @DefaultValue("120000000") long maxPixels,
		@NotNull @DefaultValue("3s") Duration processingInterval) {

	long limitFor(MediaKind kind) {
		DataSize size = switch (kind) {
			case VIDEO -> maxVideo;
			case IMAGE -> maxImage;
			case DOCUMENT -> maxDocument;
			case AUDIO -> maxAudio;
		};
		return size.toBytes();
	}

	/** The largest file of any kind: an upload declared larger is refused before a byte is sent. */
	long largestLimit() {
		long largest = 0;
		for (MediaKind kind : MediaKind.values()) {
			largest = Math.max(largest, limitFor(kind));
		}
		return largest;
	}
}
