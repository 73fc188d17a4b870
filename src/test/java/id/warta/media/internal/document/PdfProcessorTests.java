package id.warta.media.internal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import id.warta.media.internal.processing.FocalPoint;
import id.warta.media.internal.processing.Processed;
import id.warta.media.internal.processing.ProcessingFailed;
import id.warta.media.internal.processing.ProcessingSource;
import id.warta.media.internal.processing.RenditionFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfProcessorTests {

	@TempDir
	Path originals;

	@TempDir
	Path work;

	PdfProcessor processor = new PdfProcessor();

	@Test
	void aDocumentTellsItsPageCountAndShowsItsFirstPage() throws IOException {
		Path pdf = document(3, PDRectangle.A4, null);

		Processed processed = processor.process(source(pdf));

		assertThat(processed.pageCount()).isEqualTo(3);
		assertThat(processed.durationMillis()).isNull();
		RenditionFile page = processed.renditions().get(0);
		assertThat(page.name()).isEqualTo("page1.jpg");
		assertThat(page.contentType()).isEqualTo("image/jpeg");
		assertThat(page.file().getParent()).isEqualTo(work);
		BufferedImage image = ImageIO.read(page.file().toFile());
		assertThat(image.getWidth()).isBetween(790, 800).isEqualTo(page.width()).isEqualTo(processed.width());
		assertThat(image.getHeight()).isEqualTo(page.height()).isEqualTo(processed.height())
			.isGreaterThan(image.getWidth());
		// the first page's dark band, drawn across the top
		assertThat(image.getRGB(image.getWidth() / 2, 20) & 0xFF).isLessThan(80);
	}

	@Test
	void aLandscapePageIsAtMost800Wide() throws IOException {
		Path pdf = document(1, new PDRectangle(PDRectangle.A3.getHeight(), PDRectangle.A3.getWidth()), null);

		Processed processed = processor.process(source(pdf));

		assertThat(processed.width()).isBetween(790, 800);
		assertThat(processed.height()).isLessThan(processed.width());
	}

	@Test
	void aVeryLongPageIsNotRenderedTensOfThousandsOfPixelsTall() throws IOException {
		Path pdf = document(1, new PDRectangle(100, 20_000), null);

		Processed processed = processor.process(source(pdf));

		assertThat(processed.height()).isLessThanOrEqualTo(PdfProcessor.THUMBNAIL_HEIGHT);
	}

	@Test
	void aDocumentProtectedOnlyAgainstCopyingIsProcessed() throws IOException {
		Path pdf = document(2, PDRectangle.A4, "");

		assertThat(processor.process(source(pdf)).pageCount()).isEqualTo(2);
	}

	@Test
	void aDocumentThatNeedsAPasswordIsReportedAsSuch() throws IOException {
		Path pdf = document(1, PDRectangle.A4, "rahasia");

		assertThatThrownBy(() -> processor.process(source(pdf))).isInstanceOfSatisfying(ProcessingFailed.class,
				failed -> assertThat(failed.messageKey()).isEqualTo("media.processing.pdfEncrypted"));
	}

	@Test
	void garbageCalledPdfIsUnreadable() throws IOException {
		Path garbage = Files.writeString(originals.resolve("garbage.pdf"), "%PDF-1.7\nthis is not a document");

		assertThatThrownBy(() -> processor.process(source(garbage))).isInstanceOfSatisfying(ProcessingFailed.class,
				failed -> assertThat(failed.messageKey()).isEqualTo("media.processing.unreadable"));
	}

	@Test
	void takesOnlyPdf() {
		assertThat(processor.handles("application/pdf")).isTrue();
		assertThat(processor.handles("image/jpeg")).isFalse();
	}

	ProcessingSource source(Path pdf) {
		return new ProcessingSource(pdf, "application/pdf", FocalPoint.CENTRE, work);
	}

	/** Pages with a dark band across the top; encrypted when a user password is given (empty: owner only). */
	Path document(int pages, PDRectangle size, String userPassword) throws IOException {
		Path file = originals.resolve("document.pdf");
		try (PDDocument document = new PDDocument()) {
			for (int i = 0; i < pages; i++) {
				PDPage page = new PDPage(size);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.setNonStrokingColor(0.1f, 0.1f, 0.3f);
					content.addRect(0, size.getHeight() - 60, size.getWidth(), 60);
					content.fill();
				}
			}
			if (userPassword != null) {
				AccessPermission permissions = new AccessPermission();
				permissions.setCanExtractContent(false);
				document.protect(new StandardProtectionPolicy("pemilik", userPassword, permissions));
			}
			document.save(file.toFile());
		}
		return file;
	}
}
