package id.warta.media.internal.video;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.warta.media.internal.processing.ProcessingFailed;
import id.warta.media.internal.processing.ProcessingSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Asks ffprobe for the facts of an original. */
final class Ffprobe {

	/** A real report is a few kilobytes; anything near this is a file built to exhaust us. */
	private static final long LARGEST_REPORT = 1024 * 1024;

	private static final JsonMapper json = JsonMapper.builder().build();

	private final ExternalProgram program;

	Ffprobe(ExternalProgram program) {
		this.program = program;
	}

	ProbedMedia probe(ProcessingSource source) throws IOException {
		Path report = Files.createTempFile(source.workDirectory(), ".ffprobe-", ".json");
		try {
			List<String> command = new ArrayList<>(List.of("ffprobe", "-v", "error"));
			command.addAll(Inputs.of(source));
			command.addAll(List.of("-print_format", "json", "-show_format", "-show_streams"));
			program.run(command, source.workDirectory(), report, "media.processing.unreadable");
			if (Files.size(report) > LARGEST_REPORT) {
				throw new ProcessingFailed("media.processing.unreadable", "ffprobe described too many streams");
			}
			return read(Files.readString(report));
		}
		finally {
			Files.deleteIfExists(report);
		}
	}

	static ProbedMedia read(String report) throws ProcessingFailed {
		JsonNode root;
		try {
			root = json.readTree(report);
		}
		catch (JacksonException e) {
			throw new ProcessingFailed("media.processing.unreadable", "ffprobe's report is not JSON", e);
		}
		Optional<ProbedMedia.Picture> picture = Optional.empty();
		Optional<ProbedMedia.Sound> sound = Optional.empty();
		for (JsonNode stream : root.path("streams").values()) {
			String type = stream.path("codec_type").asString("");
			if (type.equals("video") && picture.isEmpty() && !isCoverArt(stream)) {
				picture = Optional.of(picture(stream));
			}
			else if (type.equals("audio") && sound.isEmpty()) {
				sound = Optional.of(new ProbedMedia.Sound(stream.path("index").asInt(0),
						stream.path("codec_name").asString("unknown"), stream.path("channels").asInt(0),
						(int) number(stream.path("sample_rate"), 0)));
			}
		}
		double seconds = number(root.path("format").path("duration"), -1);
		Long durationMillis = seconds >= 0 ? Math.round(seconds * 1000) : null;
		return new ProbedMedia(durationMillis, picture, sound);
	}

	/** An album cover or a thumbnail is stored as a one-frame video stream; it is not the video. */
	private static boolean isCoverArt(JsonNode stream) {
		return stream.path("disposition").path("attached_pic").asInt(0) == 1;
	}

	private static ProbedMedia.Picture picture(JsonNode stream) {
		return new ProbedMedia.Picture(stream.path("index").asInt(0), stream.path("codec_name").asString("unknown"),
				stream.path("width").asInt(0), stream.path("height").asInt(0), rotation(stream),
				pixelAspect(stream.path("sample_aspect_ratio").asString("")));
	}

	/**
	 * The display matrix where ffprobe reports it (side data), else the {@code rotate} tag that older ffprobe
	 * versions and some files carry.
	 */
	private static int rotation(JsonNode stream) {
		for (JsonNode sideData : stream.path("side_data_list").values()) {
			if (sideData.has("rotation")) {
				return (int) Math.round(number(sideData.path("rotation"), 0));
			}
		}
		return (int) Math.round(number(stream.path("tags").path("rotate"), 0));
	}

	/** {@code 4:3} from an old camera; {@code 0:1} or nothing when unknown, which means square. */
	static double pixelAspect(String ratio) {
		String[] parts = ratio.split(":");
		if (parts.length == 2) {
			try {
				double across = Double.parseDouble(parts[0]);
				double down = Double.parseDouble(parts[1]);
				if (across > 0 && down > 0) {
					return across / down;
				}
			}
			catch (NumberFormatException e) {
				// fall through to square pixels
			}
		}
		return 1;
	}

	/** ffprobe writes some numbers as JSON numbers and others, like durations, as strings. */
	private static double number(JsonNode node, double otherwise) {
		try {
			double value = node.isNumber() ? node.asDouble() : Double.parseDouble(node.asString(""));
			return Double.isFinite(value) ? value : otherwise;
		}
		catch (NumberFormatException e) {
			return otherwise;
		}
	}
}
