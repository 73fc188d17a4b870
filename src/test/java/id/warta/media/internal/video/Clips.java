package id.warta.media.internal.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import id.warta.media.MediaTools;
import id.warta.media.internal.processing.FocalPoint;
import id.warta.media.internal.processing.ProcessingSource;

/** Tiny test recordings made with ffmpeg's own generators, and ways to look inside what the processors wrote. */
final class Clips {

	static final MediaTools TOOLS = new MediaTools();

	private Clips() {
	}

	static void assumeFfmpeg() {
		assumeTrue(TOOLS.has("ffmpeg") && TOOLS.has("ffprobe"),
				"ffmpeg is not installed: video and audio processing cannot be tested on this machine");
	}

	/** A test picture with a 440 Hz tone, made in a second or two. */
	static Path video(Path directory, String name, String size, double seconds, String... encoding) {
		List<String> command = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
				"testsrc=duration=" + seconds + ":size=" + size + ":rate=25", "-f", "lavfi", "-i",
				"sine=frequency=440:duration=" + seconds));
		command.addAll(List.of(encoding.length > 0 ? encoding : new String[] { "-c:v", "libx264", "-preset",
				"ultrafast", "-c:a", "aac" }));
		return make(directory.resolve(name), command);
	}

	static Path silentVideo(Path directory, String name, String size) {
		return make(directory.resolve(name), new ArrayList<>(List.of("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
				"testsrc=duration=2:size=" + size + ":rate=25", "-c:v", "libx264", "-preset", "ultrafast")));
	}

	/** Three seconds of a 440 Hz tone. */
	static Path tone(Path directory, String name, int channels, String... encoding) {
		List<String> command = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
				"sine=frequency=440:duration=3", "-ac", String.valueOf(channels)));
		command.addAll(List.of(encoding));
		return make(directory.resolve(name), command);
	}

	private static Path make(Path file, List<String> command) {
		command.add(file.toString());
		run(command);
		assertThat(file).isNotEmptyFile();
		return file;
	}

	/** What a short-lived program printed; only for the small answers of tests. */
	static String run(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
			assertThat(process.exitValue()).as(output).isZero();
			return output;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	static boolean hasEncoder(String name) {
		return run(List.of("ffmpeg", "-hide_banner", "-encoders")).lines()
			.anyMatch(line -> line.strip().split("\\s+").length > 1 && line.strip().split("\\s+")[1].equals(name));
	}

	static ProcessingSource source(Path original, String contentType, Path workDirectory) {
		return new ProcessingSource(original, contentType, FocalPoint.CENTRE, workDirectory);
	}

	/** A rendition as ffprobe sees it, read with the same parser the processors use. */
	static ProbedMedia probe(Path file, String contentType, Path workDirectory) throws IOException {
		return new Ffprobe(new ExternalProgram(TranscodeSettings.DEFAULTS.probeTimeout()))
			.probe(source(file, contentType, workDirectory));
	}

	/** One fact of the first stream of a kind, e.g. {@code pix_fmt} of {@code v:0}. */
	static String streamEntry(Path file, String stream, String entry) {
		return run(List.of("ffprobe", "-v", "error", "-select_streams", stream, "-show_entries", "stream=" + entry,
				"-of", "default=noprint_wrappers=1:nokey=1", file.toString())).strip();
	}

	static String formatTags(Path file) {
		return run(List.of("ffprobe", "-v", "error", "-show_entries", "format_tags", "-of", "default=noprint_wrappers=1",
				file.toString()));
	}

	/** The top-level boxes of an MP4 file in file order: {@code ftyp, moov, mdat} when it starts fast. */
	static List<String> topLevelBoxes(Path mp4) throws IOException {
		List<String> boxes = new ArrayList<>();
		long size = Files.size(mp4);
		try (InputStream in = Files.newInputStream(mp4); DataInputStream data = new DataInputStream(in)) {
			long position = 0;
			while (position < size) {
				long length = Integer.toUnsignedLong(data.readInt());
				byte[] type = new byte[4];
				data.readFully(type);
				long header = 8;
				if (length == 1) {
					length = data.readLong();
					header = 16;
				}
				else if (length == 0) {
					length = size - position;
				}
				boxes.add(new String(type, StandardCharsets.ISO_8859_1));
				skip(data, length - header);
				position += length;
			}
		}
		return boxes;
	}

	private static void skip(InputStream in, long bytes) throws IOException {
		long left = bytes;
		while (left > 0) {
			long skipped = in.skip(left);
			if (skipped <= 0) {
				throw new EOFException("box runs past the end of the file");
			}
			left -= skipped;
		}
	}
}
