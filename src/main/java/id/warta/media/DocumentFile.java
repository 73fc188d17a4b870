package id.warta.media;

import java.util.Locale;
import java.util.Map;

/** A downloadable file as a list shows it: what it is called, what kind of file, how large. */
public record DocumentFile(String href, String name, String type, long size, String preview) {

	private static final Map<String, String> LABELS = Map.of("application/pdf", "PDF",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPTX",
			"application/msword", "DOC", "application/vnd.ms-excel", "XLS", "text/csv", "CSV");

	/** A short name of the file's type, such as PDF or DOCX. */
	public static String label(StoredMedia item) {
		String known = LABELS.get(item.contentType());
		if (known != null) {
			return known;
		}
		String name = item.originalName() == null ? "" : item.originalName();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? item.contentType() : name.substring(dot + 1).toUpperCase(Locale.ROOT);
	}

	/** The size the way people read it, such as {@code 1,2 MB}: decimal comma in Indonesian. */
	public String readableSize(Locale locale) {
		if (size < 1024) {
			return size + " B";
		}
		double kilobytes = size / 1024.0;
		if (kilobytes < 1024) {
			return String.format(locale, "%.0f KB", kilobytes);
		}
		return String.format(locale, "%.1f MB", kilobytes / 1024);
	}
}
