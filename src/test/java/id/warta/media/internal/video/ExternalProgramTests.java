package id.warta.media.internal.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import id.warta.media.internal.processing.ProcessingFailed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalProgramTests {

	@TempDir
	Path work;

	@Test
	void aProgramPastItsDeadlineIsStopped() {
		ExternalProgram program = new ExternalProgram(Duration.ofMillis(300));
		long started = System.nanoTime();

		assertThatThrownBy(() -> program.run(List.of("sleep", "30"), work, null, "x.failed"))
			.isInstanceOfSatisfying(ProcessingFailed.class,
					failed -> assertThat(failed.messageKey()).isEqualTo("media.processing.timeout"));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
	}

	@Test
	void aFailureCarriesTheEndOfWhatTheProgramComplainedAboutAndNoMore() throws IOException {
		ExternalProgram program = new ExternalProgram(Duration.ofSeconds(30));

		assertThatThrownBy(() -> program.run(
				List.of("sh", "-c", "yes 'Invalid data found' | head -c 200000 >&2; echo 'moov atom not found' >&2; exit 1"),
				work, null, "media.processing.unreadable"))
			.isInstanceOfSatisfying(ProcessingFailed.class, failed -> {
				assertThat(failed.messageKey()).isEqualTo("media.processing.unreadable");
				assertThat(failed.getMessage()).endsWith("moov atom not found").hasSizeLessThan(2300);
			});
		try (var left = Files.list(work)) {
			assertThat(left).as("the complaints are removed").isEmpty();
		}
	}

	@Test
	void whatTheProgramPrintsGoesToTheGivenFile() throws IOException {
		Path output = work.resolve("out.json");

		new ExternalProgram(Duration.ofSeconds(30)).run(List.of("sh", "-c", "echo '{}'"), work, output, "x.failed");

		assertThat(output).hasContent("{}");
	}
}
