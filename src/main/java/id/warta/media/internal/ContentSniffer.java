package id.warta.media.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipFile;

import id.warta.media.MediaKind;

/**
 * Recognises the allowed types by their first bytes (and, for office documents, by the entries of the ZIP
 * container), never by the file name. Anything not recognised is refused: executables, scripts, HTML, SVG,
 * archives. A fuller detector replaces this with the media pipeline; the allow-list stays.
 */
final class ContentSniffer {

	static final int HEAD = 64;

	private ContentSniffer() {
	}

	static Optional<Sniffed> sniff(byte[] b, Path file) {
		if (starts(b, 0xFF, 0xD8, 0xFF)) {
			return of(MediaKind.IMAGE, "image/jpeg", "jpg");
		}
		if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return of(MediaKind.IMAGE, "image/png", "png");
		}
		if (ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a")) {
			return of(MediaKind.IMAGE, "image/gif", "gif");
		}
		if (ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
			return of(MediaKind.IMAGE, "image/webp", "webp");
		}
		if (ascii(b, 0, "RIFF") && ascii(b, 8, "WAVE")) {
			return of(MediaKind.AUDIO, "audio/wav", "wav");
		}
		if (b.length >= 12 && ascii(b, 4, "ftyp")) {
			return isoMedia(new String(b, 8, 4, StandardCharsets.US_ASCII));
		}
		if (starts(b, 0x1A, 0x45, 0xDF, 0xA3)) {
			return new String(b, StandardCharsets.ISO_8859_1).contains("webm") ? of(MediaKind.VIDEO, "video/webm", "webm")
					: of(MediaKind.VIDEO, "video/x-matroska", "mkv");
		}
		if (ascii(b, 0, "OggS")) {
			return of(MediaKind.AUDIO, "audio/ogg", "ogg");
		}
		if (ascii(b, 0, "#!AMR")) {
			return of(MediaKind.AUDIO, "audio/amr", "amr");
		}
		if (ascii(b, 0, "ID3") || (b.length > 1 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE6) == 0xE2)) {
			return of(MediaKind.AUDIO, "audio/mpeg", "mp3");
		}
		if (b.length > 1 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xF6) == 0xF0) {
			return of(MediaKind.AUDIO, "audio/aac", "aac");
		}
		if (ascii(b, 0, "%PDF-")) {
			return of(MediaKind.DOCUMENT, "application/pdf", "pdf");
		}
		if (starts(b, 'P', 'K', 3, 4)) {
			return officeDocument(file);
		}
		return Optional.empty();
	}

	private static Optional<Sniffed> isoMedia(String brand) {
		if (brand.startsWith("hei") || brand.startsWith("hev") || brand.equals("mif1") || brand.equals("msf1")) {
			return of(MediaKind.IMAGE, "image/heic", "heic");
		}
		if (brand.equals("qt  ")) {
			return of(MediaKind.VIDEO, "video/quicktime", "mov");
		}
		if (brand.startsWith("M4A") || brand.startsWith("M4B")) {
			return of(MediaKind.AUDIO, "audio/mp4", "m4a");
		}
		if (brand.startsWith("3gp") || brand.startsWith("3g2")) {
			return of(MediaKind.VIDEO, "video/3gpp", "3gp");
		}
		return of(MediaKind.VIDEO, "video/mp4", "mp4");
	}

	/** A ZIP is accepted only as a Word, Excel, PowerPoint or OpenDocument file without macros. */
	private static Optional<Sniffed> officeDocument(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.stream().anyMatch(entry -> entry.getName().toLowerCase().endsWith("vbaproject.bin"))) {
				return Optional.empty();
			}
			if (zip.getEntry("word/document.xml") != null) {
				return of(MediaKind.DOCUMENT,
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");
			}
			if (zip.getEntry("xl/workbook.xml") != null) {
				return of(MediaKind.DOCUMENT, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
						"xlsx");
			}
			if (zip.getEntry("ppt/presentation.xml") != null) {
				return of(MediaKind.DOCUMENT,
						"application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx");
			}
			var mimetype = zip.getEntry("mimetype");
			if (mimetype != null) {
				String type = new String(zip.getInputStream(mimetype).readNBytes(100), StandardCharsets.US_ASCII).strip();
				if (type.equals("application/vnd.oasis.opendocument.text")) {
					return of(MediaKind.DOCUMENT, type, "odt");
				}
				if (type.equals("application/vnd.oasis.opendocument.spreadsheet")) {
					return of(MediaKind.DOCUMENT, type, "ods");
				}
			}
			return Optional.empty();
		}
		catch (IOException notAZip) {
			return Optional.empty();
		}
	}

	private static Optional<Sniffed> of(MediaKind kind, String type, String extension) {
		return Optional.of(new Sniffed(kind, type, extension));
	}

	private static boolean starts(byte[] b, int... prefix) {
		if (b.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((b[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean ascii(byte[] b, int offset, String text) {
		if (b.length < offset + text.length()) {
			return false;
		}
		return new String(b, offset, text.length(), StandardCharsets.US_ASCII).equals(text);
	}
}
