package id.warta.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipFile;

import id.warta.media.MediaKind;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;

/**
 * Decides what a file is from its content, never from its name: Apache Tika recognises it by its magic bytes; the
 * containers Tika's core does not open (ISO media brands, Matroska document types, Ogg codecs, Office ZIP parts)
 * are refined here. Only the allow-list passes; what is recognised as dangerous gets its own reason.
 */
final class ContentSniffer {

	static final int HEAD = 64;

	private static final Detector TIKA = TikaConfig.getDefaultConfig().getDetector();

	private static final Map<String, Sniffed> ALLOWED = Map.ofEntries(
			Map.entry("image/jpeg", new Sniffed(MediaKind.IMAGE, "image/jpeg", "jpg")),
			Map.entry("image/png", new Sniffed(MediaKind.IMAGE, "image/png", "png")),
			Map.entry("image/gif", new Sniffed(MediaKind.IMAGE, "image/gif", "gif")),
			Map.entry("image/webp", new Sniffed(MediaKind.IMAGE, "image/webp", "webp")),
			Map.entry("image/heic", new Sniffed(MediaKind.IMAGE, "image/heic", "heic")),
			Map.entry("image/heif", new Sniffed(MediaKind.IMAGE, "image/heif", "heif")),
			Map.entry("video/quicktime", new Sniffed(MediaKind.VIDEO, "video/quicktime", "mov")),
			Map.entry("video/mp4", new Sniffed(MediaKind.VIDEO, "video/mp4", "mp4")),
			Map.entry("video/3gpp", new Sniffed(MediaKind.VIDEO, "video/3gpp", "3gp")),
			Map.entry("video/x-matroska", new Sniffed(MediaKind.VIDEO, "video/x-matroska", "mkv")),
			Map.entry("video/webm", new Sniffed(MediaKind.VIDEO, "video/webm", "webm")),
			Map.entry("audio/mpeg", new Sniffed(MediaKind.AUDIO, "audio/mpeg", "mp3")),
			Map.entry("audio/mp4", new Sniffed(MediaKind.AUDIO, "audio/mp4", "m4a")),
			Map.entry("audio/x-aac", new Sniffed(MediaKind.AUDIO, "audio/aac", "aac")),
			Map.entry("audio/vorbis", new Sniffed(MediaKind.AUDIO, "audio/ogg", "ogg")),
			Map.entry("audio/opus", new Sniffed(MediaKind.AUDIO, "audio/ogg", "opus")),
			Map.entry("audio/ogg", new Sniffed(MediaKind.AUDIO, "audio/ogg", "ogg")),
			Map.entry("audio/vnd.wave", new Sniffed(MediaKind.AUDIO, "audio/wav", "wav")),
			Map.entry("audio/amr", new Sniffed(MediaKind.AUDIO, "audio/amr", "amr")),
			Map.entry("application/pdf", new Sniffed(MediaKind.DOCUMENT, "application/pdf", "pdf")),
			Map.entry("application/vnd.oasis.opendocument.text",
					new Sniffed(MediaKind.DOCUMENT, "application/vnd.oasis.opendocument.text", "odt")),
			Map.entry("application/vnd.oasis.opendocument.spreadsheet",
					new Sniffed(MediaKind.DOCUMENT, "application/vnd.oasis.opendocument.spreadsheet", "ods")));

	private static final Set<String> EXECUTABLES = Set.of("application/x-msdownload", "application/x-dosexec",
			"application/x-executable", "application/x-sharedlib", "application/x-elf", "application/x-mach-o",
			"application/x-mach-o-executable", "application/java-archive", "application/java-vm",
			"application/x-msdos-program", "application/x-ms-installer", "application/x-msi",
			"application/vnd.microsoft.portable-executable", "application/x-coredump", "application/x-object");

	/** File names that a server or a browser would run, whatever the bytes say. */
	private static final Set<String> DANGEROUS_NAMES = Set.of("exe", "com", "bat", "cmd", "scr", "pif", "msi", "dll",
			"jar", "js", "mjs", "vbs", "vbe", "wsf", "hta", "ps1", "sh", "bash", "php", "phtml", "php5", "phar", "jsp",
			"jspx", "asp", "aspx", "cgi", "pl", "py", "html", "htm", "xhtml", "shtml", "svg", "svgz", "xml", "swf");

	private ContentSniffer() {
	}

	/** The allowed type of a stored file, or the message key of the reason it is refused. */
	static Result recognise(Path file, String name) throws IOException {
		if (hasDangerousName(name)) {
			return Result.refused("media.rejected.dangerousName");
		}
		String detected;
		try (InputStream in = TikaInputStream.get(file)) {
			detected = TIKA.detect(in, new Metadata()).getBaseType().toString();
		}
		Optional<String> danger = dangerOf(detected);
		if (danger.isPresent()) {
			return Result.refused(danger.get());
		}
		Sniffed allowed = ALLOWED.get(detected);
		if (allowed != null) {
			return Result.accepted(allowed);
		}
		byte[] head = head(file);
		return switch (detected) {
			case "application/x-tika-ooxml", "application/zip" -> officeDocument(file);
			case "application/ogg" -> ascii(head, 28, "OpusHead") ? Result.accepted(ALLOWED.get("audio/opus"))
					: Result.refused("media.rejected.type");
			case "application/octet-stream" -> container(head);
			default -> Result.refused("media.rejected.type");
		};
	}

	/**
	 * What the first bytes of an unfinished upload already tell: a dangerous type is refused at once, an allowed
	 * one gives the kind (for its size limit); anything else waits for the whole file.
	 */
	static Result early(Path partial) throws IOException {
		String detected;
		try (InputStream in = TikaInputStream.get(partial)) {
			detected = TIKA.detect(in, new Metadata()).getBaseType().toString();
		}
		Optional<String> danger = dangerOf(detected);
		if (danger.isPresent()) {
			return Result.refused(danger.get());
		}
		Sniffed allowed = ALLOWED.get(detected);
		if (allowed == null && detected.equals("application/octet-stream")) {
			Result refined = container(head(partial));
			allowed = refined.type();
		}
		return allowed == null ? Result.refused(null) : Result.accepted(allowed);
	}

	static boolean hasDangerousName(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		// Every extension counts, so that "foto.php.jpg" is refused as well as "foto.jpg.php".
		String[] parts = lower.split("\\.");
		for (int i = 1; i < parts.length; i++) {
			if (DANGEROUS_NAMES.contains(parts[i].strip())) {
				return true;
			}
		}
		return false;
	}

	private static Optional<String> dangerOf(String type) {
		if (EXECUTABLES.contains(type)) {
			return Optional.of("media.rejected.executable");
		}
		if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
			return Optional.of("media.rejected.html");
		}
		if (type.equals("image/svg+xml")) {
			return Optional.of("media.rejected.svg");
		}
		if (type.equals("application/x-sh") || type.equals("text/x-php") || type.endsWith("javascript")
				|| type.equals("text/x-python") || type.equals("text/x-perl") || type.equals("application/x-bat")
				|| type.equals("text/x-vbscript") || type.equals("application/x-powershell")) {
			return Optional.of("media.rejected.script");
		}
		if (Set.of("application/gzip", "application/x-gzip", "application/x-7z-compressed", "application/x-rar-compressed",
				"application/vnd.rar", "application/x-tar", "application/x-bzip2", "application/x-xz",
				"application/zstd", "application/x-lzma", "application/x-compress").contains(type)) {
			return Optional.of("media.rejected.archive");
		}
		return Optional.empty();
	}

	/** Video containers that Tika's core leaves as plain bytes. */
	private static Result container(byte[] b) {
		if (b.length >= 12 && ascii(b, 4, "ftyp")) {
			String brand = new String(b, 8, 4, StandardCharsets.US_ASCII);
			if (brand.startsWith("hei") || brand.startsWith("hev") || brand.equals("mif1") || brand.equals("msf1")) {
				return Result.accepted(ALLOWED.get("image/heic"));
			}
			if (brand.startsWith("M4A") || brand.startsWith("M4B")) {
				return Result.accepted(ALLOWED.get("audio/mp4"));
			}
			if (brand.startsWith("3gp") || brand.startsWith("3g2")) {
				return Result.accepted(ALLOWED.get("video/3gpp"));
			}
			if (brand.equals("qt  ")) {
				return Result.accepted(ALLOWED.get("video/quicktime"));
			}
			return Result.accepted(ALLOWED.get("video/mp4"));
		}
		if (b.length >= 4 && (b[0] & 0xFF) == 0x1A && (b[1] & 0xFF) == 0x45 && (b[2] & 0xFF) == 0xDF
				&& (b[3] & 0xFF) == 0xA3) {
			return new String(b, StandardCharsets.ISO_8859_1).contains("webm")
					? Result.accepted(ALLOWED.get("video/webm")) : Result.accepted(ALLOWED.get("video/x-matroska"));
		}
		return Result.refused("media.rejected.type");
	}

	/** A ZIP is accepted only as a Word, Excel or PowerPoint file without macros; any other ZIP is an archive. */
	private static Result officeDocument(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.stream().anyMatch(entry -> entry.getName().toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))) {
				return Result.refused("media.rejected.macro");
			}
			if (zip.getEntry("word/document.xml") != null) {
				return Result.accepted(new Sniffed(MediaKind.DOCUMENT,
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"));
			}
			if (zip.getEntry("xl/workbook.xml") != null) {
				return Result.accepted(new Sniffed(MediaKind.DOCUMENT,
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"));
			}
			if (zip.getEntry("ppt/presentation.xml") != null) {
				return Result.accepted(new Sniffed(MediaKind.DOCUMENT,
						"application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"));
			}
			return Result.refused("media.rejected.archive");
		}
		catch (IOException notAZip) {
			return Result.refused("media.rejected.type");
		}
	}

	private static byte[] head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(HEAD);
		}
	}

	private static boolean ascii(byte[] b, int offset, String text) {
		if (b.length < offset + text.length()) {
			return false;
		}
		return new String(b, offset, text.length(), StandardCharsets.US_ASCII).equals(text);
	}

	/** Either the recognised type or the reason for refusing the file. */
	record Result(Sniffed type, String refusal) {

		static Result accepted(Sniffed type) {
			return new Result(type, null);
		}

		static Result refused(String messageKey) {
			return new Result(null, messageKey);
		}
	}
}
