package id.warta.media.internal.video;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import id.warta.media.MediaTools;
import id.warta.media.internal.processing.Processed;
import id.warta.media.internal.processing.ProcessingFailed;
import id.warta.media.internal.processing.ProcessingSource;
import id.warta.media.internal.processing.RenditionFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Video: its size, length and codecs, a poster frame ({@code poster.jpg}) and a copy every browser and phone plays
 * ({@code web.mp4}: H.264 and AAC, at most 1080p, playable while it downloads).
 */
@Component
public class VideoProcessor extends FfmpegProcessor {

	private static final Set<String> TYPES = Set.of("video/mp4", "video/quicktime", "video/x-matroska", "video/3gpp",
			"video/webm");

	private static final int POSTER_WIDTH = 1280;

	public VideoProcessor(MediaTools tools) {
		this(tools, TranscodeSettings.DEFAULTS);
	}

	@Autowired
	public VideoProcessor(MediaTools tools, TranscodeSettings settings) {
		super(TYPES, tools, settings);
	}

	@Override
	public Processed process(ProcessingSource source) throws IOException {
		ProbedMedia media = ffmpeg.probe(source);
		ProbedMedia.Picture picture = media.requirePicture();
		if (picture.width() <= 0 || picture.height() <= 0) {
			throw new ProcessingFailed("media.processing.unreadable", "the video stream has no size");
		}
		FrameSize shown = new FrameSize(picture.width(), picture.height());
		RenditionFile poster = poster(source, media, picture, shown.fitWidth(POSTER_WIDTH));
		RenditionFile web = web(source, media, picture, shown.fitForVideo(1920, 1080));
		return new Processed(shown.width(), shown.height(), media.durationMillis(), media.codecs(), null,
				List.of(poster, web));
	}

	private RenditionFile poster(ProcessingSource source, ProbedMedia media, ProbedMedia.Picture picture,
			FrameSize size) throws IOException {
		List<String> output = List.of("-map", "0:" + picture.index(), "-frames:v", "1", "-vf", size.scaleFilter(),
				"-q:v", "3", "-f", "image2");
		double at = posterSecond(media.durationMillis());
		Path file;
		try {
			file = ffmpeg.render(source, seek(at), output, "poster.jpg");
		}
		catch (ProcessingFailed e) {
			if (at == 0 || !e.messageKey().equals("media.processing.transcodeFailed")) {
				throw e;
			}
			// A badly indexed file can have no frame where its duration promises one; its first frame will do.
			file = ffmpeg.render(source, List.of(), output, "poster.jpg");
		}
		return new RenditionFile("poster.jpg", "image/jpeg", size.width(), size.height(), file);
	}

	/** A second in, past the black of a fade-in, or a tenth of the way through a clip shorter than ten seconds. */
	static double posterSecond(Long durationMillis) {
		return durationMillis == null ? 0 : Math.min(1.0, durationMillis / 10_000.0);
	}

	private static List<String> seek(double second) {
		return second == 0 ? List.of() : List.of("-ss", String.format(Locale.ROOT, "%.3f", second));
	}

	private RenditionFile web(ProcessingSource source, ProbedMedia media, ProbedMedia.Picture picture, FrameSize size)
			throws IOException {
		List<String> output = new ArrayList<>(List.of("-map", "0:" + picture.index()));
		media.sound().ifPresent(sound -> output.addAll(List.of("-map", "0:" + sound.index())));
		// veryfast and CRF 23 keep a phone video's transcode within minutes on two cores at a quality readers
		// do not notice; yuv420p and the frame-rate ceiling are what every browser and phone decodes.
		output.addAll(List.of("-vf", size.scaleFilter() + ",format=yuv420p", "-c:v", "libx264", "-preset",
				"veryfast", "-crf", "23", "-fpsmax", "60"));
		media.sound().ifPresentOrElse(sound -> output.addAll(audioFor(sound)), () -> output.add("-an"));
		// faststart puts the index first, so playback starts before the whole file has arrived; the queue size
		// survives sources whose audio starts long after the video.
		output.addAll(List.of("-sn", "-dn", "-max_muxing_queue_size", "1024", "-movflags", "+faststart", "-f",
				"mp4"));
		Path file = ffmpeg.render(source, List.of(), output, "web.mp4");
		return new RenditionFile("web.mp4", "video/mp4", size.width(), size.height(), file);
	}

	private static List<String> audioFor(ProbedMedia.Sound sound) {
		List<String> audio = new ArrayList<>(List.of("-c:a", "aac", "-b:a", "128k"));
		if (sound.channels() > 2) {
			// Surround sound is folded to stereo: web players and phone speakers have two channels at most.
			audio.addAll(List.of("-ac", "2"));
		}
		return audio;
	}
}
