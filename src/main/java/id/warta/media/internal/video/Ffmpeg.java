package id.warta.media.internal.video;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import id.warta.media.MediaTools;
import id.warta.media.internal.processing.ProcessingFailed;
import id.warta.media.internal.processing.ProcessingSource;

/** ffprobe and ffmpeg as the video and audio processors use them. */
final class Ffmpeg {

	private final MediaTools tools;

	private final Ffprobe ffprobe;

	private final ExternalProgram transcoder;

	Ffmpeg(MediaTools tools, TranscodeSettings settings) {
		this.tools = tools;
		this.ffprobe = new Ffprobe(new ExternalProgram(settings.probeTimeout()));
		this.transcoder = new ExternalProgram(settings.transcodeTimeout());
	}

	/** Facts of the original; fails when this machine has no ffmpeg, or when the file is broken. */
	ProbedMedia probe(ProcessingSource source) throws IOException {
		if (!tools.has("ffmpeg") || !tools.has("ffprobe")) {
			throw new ProcessingFailed("media.processing.noFfmpeg",
					"ffmpeg and ffprobe are needed for " + source.contentType());
		}
		return ffprobe.probe(source);
	}

	/**
	 * Writes one rendition into the work directory.
	 *
	 * @param inputOptions options that must come before the input, such as a seek
	 * @param outputOptions everything between the input and the rendition's name
	 */
	Path render(ProcessingSource source, List<String> inputOptions, List<String> outputOptions, String name)
			throws IOException {
		Path rendition = source.workDirectory().resolve(name);
		List<String> command = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error",
				"-y"));
		command.addAll(inputOptions);
		command.addAll(Inputs.of(source));
		command.addAll(outputOptions);
		// Renditions can become public: nothing of the original's tags, chapters or location goes along.
		command.addAll(List.of("-map_metadata", "-1", "-map_chapters", "-1", rendition.toString()));
		transcoder.run(command, source.workDirectory(), null, "media.processing.transcodeFailed");
		if (!Files.isRegularFile(rendition) || Files.size(rendition) == 0) {
			throw new ProcessingFailed("media.processing.transcodeFailed", "ffmpeg wrote nothing for " + name);
		}
		return rendition;
	}
}
