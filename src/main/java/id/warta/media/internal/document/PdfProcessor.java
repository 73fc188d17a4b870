package id.warta.media.internal.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import id.warta.media.internal.processing.MediaProcessor;
import id.warta.media.internal.processing.Processed;
import id.warta.media.internal.processing.ProcessingFailed;
import id.warta.media.internal.processing.ProcessingSource;
import id.warta.media.internal.processing.RenditionFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Component;

/** PDF documents: how many pages, and the first page as a picture ({@code page1.jpg}) for lists and previews. */
@Component
public class PdfProcessor implements MediaProcessor {

	static final int THUMBNAIL_WIDTH = 800;

	/** A receipt-shaped page scaled to 800 wide would be tens of thousands of pixels tall. */
	static final int THUMBNAIL_HEIGHT = 2400;

	@Override
	public boolean handles(String contentType) {
		return "application/pdf".equals(contentType);
	}

	@Override
	public Processed process(ProcessingSource source) throws IOException {
		// Parsed objects are cached in temporary files rather than the heap: a 200 MB scan must not stop the server.
		try (PDDocument document = open(source.original())) {
			int pages = document.getNumberOfPages();
			if (pages == 0) {
				return new Processed(null, null, null, null, 0, List.of());
			}
			BufferedImage thumbnail = firstPage(document);
			Path file = source.workDirectory().resolve("page1.jpg");
			// ImageIO writes a bare JFIF: none of the document's metadata reaches the picture.
			if (!ImageIO.write(thumbnail, "jpg", file.toFile())) {
				throw new IOException("this Java has no JPEG writer");
			}
			return new Processed(thumbnail.getWidth(), thumbnail.getHeight(), null, null, pages,
					List.of(new RenditionFile("page1.jpg", "image/jpeg", thumbnail.getWidth(), thumbnail.getHeight(),
							file)));
		}
	}

	private static PDDocument open(Path original) throws IOException {
		try {
			// The empty password opens documents that are encrypted only to restrict printing or copying.
			return Loader.loadPDF(original.toFile(), "", IOUtils.createTempFileOnlyStreamCache());
		}
		catch (InvalidPasswordException e) {
			throw new ProcessingFailed("media.processing.pdfEncrypted", "the PDF needs a password to open", e);
		}
		catch (IOException | RuntimeException e) {
			throw new ProcessingFailed("media.processing.unreadable", "PDFBox cannot read it: " + e.getMessage(), e);
		}
	}

	private static BufferedImage firstPage(PDDocument document) throws ProcessingFailed {
		PDPage page = document.getPage(0);
		PDRectangle box = page.getCropBox();
		boolean sideways = Math.abs(page.getRotation()) % 180 == 90;
		float across = sideways ? box.getHeight() : box.getWidth();
		float down = sideways ? box.getWidth() : box.getHeight();
		if (!(across > 0 && down > 0)) {
			throw new ProcessingFailed("media.processing.unreadable", "the first page has no size");
		}
		try {
			return new PDFRenderer(document).renderImage(0, Math.min(THUMBNAIL_WIDTH / across, THUMBNAIL_HEIGHT / down),
					ImageType.RGB);
		}
		catch (IOException | RuntimeException e) {
			throw new ProcessingFailed("media.processing.unreadable",
					"PDFBox cannot draw the first page: " + e.getMessage(), e);
		}
	}
}
