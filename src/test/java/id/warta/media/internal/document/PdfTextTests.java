package id.warta.media.internal.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import id.warta.support.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text of PDF documents for search: extracted, collapsed, cut at the limit, nothing from what is unreadable. */
class PdfTextTests {

	@TempDir
	Path directory;

	@Test
	void extractsTheTextOfEveryPage() throws IOException {
		Path pdf = write(TestFiles.pdf("Retribusi pemakaman tahun 2026", "Lampiran   tarif"));

		assertThat(PdfText.of(pdf, 1000)).hasValueSatisfying(text -> assertThat(text)
			.contains("Retribusi pemakaman tahun 2026")
			.contains("Lampiran tarif"));
	}

	@Test
	void stopsAtTheLimit() throws IOException {
		Path pdf = write(TestFiles.pdf("a".repeat(80), "b".repeat(80), "c".repeat(80)));

		assertThat(PdfText.of(pdf, 100)).hasValueSatisfying(text -> assertThat(text).hasSizeLessThanOrEqualTo(100)
			.startsWith("a".repeat(80))
			.doesNotContain("c"));
	}

	@Test
	void givesNothingForAPageWithoutTextOrForGarbage() throws IOException {
		assertThat(PdfText.of(write(TestFiles.pdf("")), 1000)).isEmpty();
		Path garbage = Files.writeString(directory.resolve("rusak.pdf"), "%PDF-1.7\nthis is not a document");
		assertThat(PdfText.of(garbage, 1000)).isEmpty();
	}

	private Path write(byte[] pdf) throws IOException {
		return Files.write(Files.createTempFile(directory, "doc", ".pdf"), pdf);
	}
}
