package id.warta.media.internal.image;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import id.warta.media.internal.processing.ProcessingFailed;

/** Runs one libvips command line with a time limit, keeping what it says on stderr for the failure's detail. */
final class VipsCommand {

	/** Only so much of stderr goes into a failure: enough to see why, not a whole log. */
	private static final int DETAIL_LIMIT = 2000;

	private final Duration timeout;

	private final boolean untrustedInput;

	/**
	 * @param untrustedInput whether the command reads an upload; commands that read only our own intermediate
	 * files may use the loaders libvips does not trust with strangers' files (its own {@code .v} format is one)
	 */
	VipsCommand(Duration timeout, boolean untrustedInput) {
		this.timeout = timeout;
		this.untrustedInput = untrustedInput;
	}

	/** Runs the command and returns its standard output. */
	String run(Path scratch, List<String> command) throws IOException {
		// Output goes to files, not pipes: a program that fills a pipe nobody reads yet would never finish.
		Path out = Files.createTempFile(scratch, "vips", ".out");
		Path err = Files.createTempFile(scratch, "vips", ".err");
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
		if (untrustedInput) {
			// Loaders libvips itself marks untrusted (ImageMagick, PDF, ...) stay off: they are not hardened
			// for files from strangers, and vips picks a loader by the file's content, whatever its name says.
			builder.environment().put("VIPS_BLOCK_UNTRUSTED", "1");
		}
		Process process = builder.start();
		try {
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new ProcessingFailed("media.processing.timedOut",
						command.get(0) + " took longer than " + timeout.toSeconds() + " s");
			}
		}
		catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while running " + command.get(0));
		}
		if (process.exitValue() != 0) {
			String detail = String.join(" ", command.subList(0, 2)) + " failed: " + tail(err);
			throw new ProcessingFailed(JavaPictures.meansTruncated(detail) ? "media.processing.truncatedImage"
					: "media.processing.unreadableImage", detail);
		}
		return read(out);
	}

	private static String tail(Path file) throws IOException {
		String text = read(file).strip();
		return text.length() <= DETAIL_LIMIT ? text : "…" + text.substring(text.length() - DETAIL_LIMIT);
	}

	/** Decoded leniently: file names and messages in another encoding must not turn into a second failure. */
	private static String read(Path file) throws IOException {
		return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
	}
}
