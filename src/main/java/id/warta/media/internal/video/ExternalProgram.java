package id.warta.media.internal.video;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import id.warta.media.internal.processing.ProcessingFailed;

/**
 * Runs one external program to its end or its deadline. What it prints goes to files in the work directory rather
 * than into memory, because ffmpeg can complain once per broken frame of a two-hour video.
 */
final class ExternalProgram {

	/** Enough of the end of the complaints to say why, little enough to show staff. */
	static final int REASON_BYTES = 2048;

	private final Duration timeout;

	ExternalProgram(Duration timeout) {
		this.timeout = timeout;
	}

	/**
	 * Runs the command; its standard output goes to {@code output}, or nowhere when that is null.
	 *
	 * @param failureKey the message key when the program exits with an error
	 */
	void run(List<String> command, Path workDirectory, Path output, String failureKey) throws IOException {
		String name = command.get(0);
		Path complaints = Files.createTempFile(workDirectory, "." + name + "-", ".log");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectError(complaints.toFile())
				.redirectOutput(output == null ? ProcessBuilder.Redirect.DISCARD
						: ProcessBuilder.Redirect.to(output.toFile()));
			Process process = builder.start();
			try {
				process.getOutputStream().close();
				if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
					stop(process);
					throw new ProcessingFailed("media.processing.timeout",
							name + " did not finish within " + timeout + ". " + reason(complaints));
				}
			}
			catch (InterruptedException e) {
				stop(process);
				Thread.currentThread().interrupt();
				throw new InterruptedIOException(name + " was interrupted");
			}
			if (process.exitValue() != 0) {
				throw new ProcessingFailed(failureKey,
						name + " exited with " + process.exitValue() + ". " + reason(complaints));
			}
		}
		finally {
			Files.deleteIfExists(complaints);
		}
	}

	private static void stop(Process process) {
		process.destroyForcibly();
		try {
			// Reap it, so that the files it held can be removed with the work directory.
			process.waitFor(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** The last lines the program printed on its error output: the most specific reason is usually the last. */
	static String reason(Path complaints) throws IOException {
		try (SeekableByteChannel channel = Files.newByteChannel(complaints)) {
			long size = channel.size();
			ByteBuffer tail = ByteBuffer.allocate((int) Math.min(size, REASON_BYTES));
			channel.position(size - tail.capacity());
			while (tail.hasRemaining() && channel.read(tail) >= 0) {
				// read until the buffer is full or the file ends
			}
			return new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8).strip();
		}
	}
}
