package id.warta.media.internal.video;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long ffprobe and ffmpeg may run before they are stopped.
 *
 * @param probeTimeout for reading a file's facts, which takes seconds even for long videos
 * @param transcodeTimeout for one rendition; a long video on a small server takes many minutes
 */
@Validated
@ConfigurationProperties("warta.media.transcode")
public record TranscodeSettings(@NotNull @DefaultValue("60s") Duration probeTimeout,
		@NotNull @DefaultValue("30m") Duration transcodeTimeout) {

	public static final TranscodeSettings DEFAULTS = new TranscodeSettings(Duration.ofSeconds(60),
			Duration.ofMinutes(30));
}
