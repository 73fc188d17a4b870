package id.warta.media.internal.video;

import java.util.Set;

import id.warta.media.MediaTools;
import id.warta.media.internal.processing.MediaProcessor;

/** What the video and audio processors share: the types they take and ffmpeg. */
abstract class FfmpegProcessor implements MediaProcessor {

	private final Set<String> types;

	final Ffmpeg ffmpeg;

	FfmpegProcessor(Set<String> types, MediaTools tools, TranscodeSettings settings) {
		this.types = types;
		this.ffmpeg = new Ffmpeg(tools, settings);
	}

	@Override
	public boolean handles(String contentType) {
		return types.contains(contentType);
	}
}
