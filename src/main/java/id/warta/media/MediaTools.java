package id.warta.media;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The optional media tools found on this machine. Detected once, after start-up and off the start-up path,
 * because each probe starts a process.
 */
@Component
public class MediaTools {

	private static final Logger log = LoggerFactory.getLogger(MediaTools.class);

	/** One external program and the first line of what it says its version is, when it was found. */
	public record Tool(String name, String purposeKey, Optional<String> version) {

		public boolean found() {
			return version.isPresent();
		}
	}

	private volatile List<Tool> tools;

	@EventListener(ApplicationReadyEvent.class)
	void detectInBackground() {
		Thread probe = new Thread(this::detect, "media-tools");
		probe.setDaemon(true);
		probe.start();
	}

	synchronized void detect() {
		if (tools != null) {
			return;
		}
		tools = List.of(probe("ffmpeg", "system.tool.ffmpeg", "ffmpeg", "-version"),
				probe("ffprobe", "system.tool.ffprobe", "ffprobe", "-version"),
				probe("vips", "system.tool.vips", "vips", "--version"));
		tools.forEach(tool -> log.info("Media tool {}: {}", tool.name(), tool.version().orElse("not found")));
	}

	/** The tools, detecting them now if the background detection has not run yet. */
	public List<Tool> tools() {
		if (tools == null) {
			detect();
		}
		return tools;
	}

	/** Whether the named tool ({@code ffmpeg}, {@code ffprobe}, {@code vips}) was found. */
	public boolean has(String name) {
		return tools().stream().anyMatch(tool -> tool.name().equals(name) && tool.found());
	}

	static Tool probe(String name, String purposeKey, String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			byte[] output = process.getInputStream().readNBytes(4096);
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return new Tool(name, purposeKey, Optional.empty());
			}
			String first = new String(output, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
			return new Tool(name, purposeKey, process.exitValue() == 0 ? Optional.of(first) : Optional.empty());
		}
		catch (IOException e) {
			return new Tool(name, purposeKey, Optional.empty());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Tool(name, purposeKey, Optional.empty());
		}
	}
}
