package id.warta.sop.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Dates as staff type them. Browsers send a date field as {@code 2026-03-20}; where the field is plain text,
 * people write {@code 20-03-2026} or {@code 20/03/2026}. Impossible dates such as 30 February are refused.
 */
final class DateInput {

	private static final List<DateTimeFormatter> FORMATS = List.of(
			DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

	private DateInput() {
	}

	/** Empty when the text is blank or no date; the caller tells which. */
	static Optional<LocalDate> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		for (DateTimeFormatter format : FORMATS) {
			try {
				return Optional.of(LocalDate.parse(text.strip(), format));
			}
			catch (DateTimeParseException notThisFormat) {
				// try the next one
			}
		}
		return Optional.empty();
	}

	/** A date as the reader says it: {@code 20 Maret 2026}. */
	static String format(LocalDate date) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", LocaleContextHolder.getLocale()).format(date);
	}
}
