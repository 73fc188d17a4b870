package id.warta.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import id.warta.media.MediaKind;
import id.warta.media.MediaLibrary;
import id.warta.media.internal.document.PdfText;
import id.warta.media.internal.storage.MediaStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The text of stored PDF documents, read when asked and never stored. With object storage the document is
 * fetched to a temporary file first, since PDFBox reads a document out of order.
 */
@Component
class DocumentTexts {

	private static final Logger log = LoggerFactory.getLogger(DocumentTexts.class);

	private final MediaAssetRepository assets;
	private final MediaStorage storage;
	private final MediaSettings settings;

	DocumentTexts(MediaAssetRepository assets, MediaStorage storage, MediaSettings settings) {
		this.assets = assets;
		this.storage = storage;
		this.settings = settings;
	}

	Optional<String> of(long id) {
		Optional<MediaAsset> pdf = assets.findById(id)
			.filter(asset -> asset.kind() == MediaKind.DOCUMENT && "application/pdf".equals(asset.contentType()));
		if (pdf.isEmpty() || !storage.exists(pdf.get().storageKey())) {
			return Optional.empty();
		}
		String key = pdf.get().storageKey();
		Path copy = null;
		try {
			Optional<Path> local = storage.localFile(key);
			if (local.isPresent()) {
				return PdfText.of(local.get(), MediaLibrary.DOCUMENT_TEXT_LIMIT);
			}
			Files.createDirectories(settings.uploadDirectory());
			copy = Files.createTempFile(settings.uploadDirectory(), "text-", ".pdf");
			try (InputStream in = storage.read(key, 0, -1)) {
				Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			}
			return PdfText.of(copy, MediaLibrary.DOCUMENT_TEXT_LIMIT);
		}
		catch (IOException e) {
			log.warn("The text of document {} could not be read", id, e);
			return Optional.empty();
		}
		finally {
			StorageMediaLibrary.deleteQuietly(copy);
		}
	}
}
