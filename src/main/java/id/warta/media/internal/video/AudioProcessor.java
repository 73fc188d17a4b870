package id.warta.media.internal.video;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import id.warta.media.MediaTools;
import id.warta.media.internal.processing.Processed;
import id.warta.media.internal.processing.ProcessingSource;
import id.warta.media.internal.processing.RenditionFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Audio, mostly recorded voice (interviews, voice notes, radio spots): its length and codec, and a compact copy that
 * every browser and phone plays ({@code voice.m4a}: AAC, mono when the recording is).
 */
@Component
public class AudioProcessor extends FfmpegProcessor {

	private static final Set<String> TYPES = Set.of("audio/mpeg", "audio/mp4", "audio/aac", "audio/ogg",
			"audio/opus", "audio/wav", "audio/x-wav", "audio/amr");

	/** AAC below this rate cannot carry the bit rate we ask for; phone voice notes (AMR) are recorded at 8 kHz. */
	private static final int LOWEST_SAMPLE_RATE = 16_000;

	/** AAC's ceiling is 96 kHz, and nobody hears more than 48 kHz carries. */
	private static final int HIGHEST_SAMPLE_RATE = 48_000;

	public AudioProcessor(MediaTools tools) {
		this(tools, TranscodeSettings.DEFAULTS);
	}

	@Autowired
	public AudioProcessor(MediaTools tools, TranscodeSettings settings) {
		super(TYPES, tools, settings);
	}

	@Override
	public Processed process(ProcessingSource source) throws IOException {
		ProbedMedia media = ffmpeg.probe(source);
		ProbedMedia.Sound sound = media.requireSound();
		boolean mono = sound.channels() == 1;
		// Speech stays clear at 64 kb/s in mono; music in stereo wants a little more.
		List<String> output = List.of("-map", "0:" + sound.index(), "-vn", "-sn", "-dn", "-c:a", "aac", "-b:a",
				mono ? "64k" : "96k", "-ac", mono ? "1" : "2", "-ar",
				String.valueOf(sampleRate(sound)), "-movflags", "+faststart", "-f",
				"mp4");
		Path file = ffmpeg.render(source, List.of(), output, "voice.m4a");
		return new Processed(null, null, media.durationMillis(), sound.codec(), null,
				List.of(new RenditionFile("voice.m4a", "audio/mp4", 0, 0, file)));
	}

	private static int sampleRate(ProbedMedia.Sound sound) {
		return Math.min(HIGHEST_SAMPLE_RATE, Math.max(LOWEST_SAMPLE_RATE, sound.sampleRate()));
	}
}
