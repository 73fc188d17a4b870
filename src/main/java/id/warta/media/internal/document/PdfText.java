package id.warta.media.internal.document;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF as PDFBox extracts it, whitespace collapsed, cut at a number of characters: extraction stops
 * there, so a 500-page document costs no more than its first pages. Scans without a text layer give nothing.
 */
public final class PdfText {

	private PdfText() {
	}

	/** Empty when the document has no text or cannot be read (damaged, needs a password). */
	public static Optional<String> of(Path pdf, int limit) {
		// As for thumbnails: parsed objects are cached in temporary files, not on the heap.
		try (PDDocument document = Loader.loadPDF(pdf.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
			Collected text = new Collected(limit);
			try {
				new PDFTextStripper().writeText(document, text);
			}
			catch (Collected.Enough enough) {
				// the limit is reached: the rest is not needed
			}
			String collapsed = text.toString().replaceAll("\\s+", " ").strip();
			return collapsed.isEmpty() ? Optional.empty()
					: Optional.of(collapsed.substring(0, Math.min(limit, collapsed.length())));
		}
		catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	/** Keeps what is written up to the limit, then refuses more. */
	private static final class Collected extends Writer {

		private final StringBuilder text = new StringBuilder();
		private final int limit;

		Collected(int limit) {
			this.limit = limit;
		}

		@Override
		public void write(char[] chars, int offset, int length) throws IOException {
			text.append(chars, offset, Math.min(length, limit - text.length()));
			if (text.length() >= limit) {
				throw new Enough();
			}
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

		@Override
		public String toString() {
			return text.toString();
		}

		private static final class Enough extends IOException {
		}
	}
}
