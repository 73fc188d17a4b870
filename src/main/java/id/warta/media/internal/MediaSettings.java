package id.warta.media.internal;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Where media files are kept and how large each kind may be.
 *
 * @param directory the local storage directory
 */
@Validated
@ConfigurationProperties("warta.media")
public record MediaSettings(@NotNull @DefaultValue("./data/media") Path directory,
		@NotNull @DefaultValue("4GB") DataSize maxVideo, @NotNull @DefaultValue("50MB") DataSize maxImage,
		@NotNull @DefaultValue("200MB") DataSize maxDocument, @NotNull @DefaultValue("500MB") DataSize maxAudio) {

	long limitFor(id.warta.media.MediaKind kind) {
		DataSize size = switch (kind) {
			case VIDEO -> maxVideo;
			case IMAGE -> maxImage;
			case DOCUMENT -> maxDocument;
			case AUDIO -> maxAudio;
		};
		return size.toBytes();
	}
}
