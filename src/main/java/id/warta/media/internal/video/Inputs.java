package id.warta.media.internal.video;

import java.util.List;
import java.util.Map;

import id.warta.media.internal.processing.ProcessingSource;

/**
 * How ffmpeg and ffprobe are told to read an original. The container format is fixed by the type recognised at
 * upload instead of guessed by ffmpeg: a guess could pick a playlist format, and a playlist makes ffmpeg open other
 * files or URLs named inside an uploaded file.
 */
final class Inputs {

	private static final Map<String, String> demuxers = Map.ofEntries(Map.entry("video/mp4", "mov"),
			Map.entry("video/quicktime", "mov"), Map.entry("video/3gpp", "mov"), Map.entry("audio/mp4", "mov"),
			Map.entry("video/x-matroska", "matroska"), Map.entry("video/webm", "matroska"),
			Map.entry("audio/mpeg", "mp3"), Map.entry("audio/aac", "aac"), Map.entry("audio/ogg", "ogg"),
			Map.entry("audio/opus", "ogg"), Map.entry("audio/wav", "wav"), Map.entry("audio/x-wav", "wav"),
			Map.entry("audio/amr", "amr"));

	private Inputs() {
	}

	static boolean readable(String contentType) {
		return demuxers.containsKey(contentType);
	}

	/** The options that open the original, ending with {@code -i} and its path. */
	static List<String> of(ProcessingSource source) {
		String demuxer = demuxers.get(source.contentType());
		if (demuxer == null) {
			throw new IllegalArgumentException("no demuxer for " + source.contentType());
		}
		// "file:" keeps a name with a colon from being read as a protocol.
		return List.of("-f", demuxer, "-protocol_whitelist", "file", "-i",
				"file:" + source.original().toAbsolutePath());
	}
}
