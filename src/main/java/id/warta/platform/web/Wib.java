package id.warta.platform.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Times as people in the agency read them: Western Indonesian Time, in the reader's language. Templates call it
 * as {@code ${@wib.dateTime(instant)}}.
 */
@Component("wib")
public class Wib {

	public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		return DateTimeFormatter.ofPattern("d MMM yyyy, HH.mm", locale).withZone(ZONE).format(instant) + " WIB";
	}

	public String time(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofPattern("HH.mm").withZone(ZONE).format(instant) + " WIB";
	}

	/** For waits of a few seconds, where minutes alone would name a time that has already come. */
	public String timeToTheSecond(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofPattern("HH.mm.ss").withZone(ZONE).format(instant) + " WIB";
	}

	/**
	 * The instant for machines, as HTML's {@code <time datetime>} takes it: to the second, with the WIB offset
	 * (HTML allows at most three digits of a second, and the database keeps six).
	 */
	public String datetime(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZONE));
	}

	public String date(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(ZONE)
			.format(instant);
	}
}
