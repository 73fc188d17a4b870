package id.warta.sop.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.warta.sop.StepClock;
import id.warta.sop.internal.SopSettings;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Working time as people read it, for templates of every module: {@code ${@sopTime.duration(clock.standard)}}
 * gives 1 hari kerja, 2 jam or 1 jam 30 menit. A working day is the configured office day.
 */
@Component("sopTime")
public class SopTime {

	private final SopSettings settings;
	private final MessageSource messages;
	private final Clock clock;

	SopTime(SopSettings settings, MessageSource messages, Clock clock) {
		this.settings = settings;
		this.messages = messages;
		this.clock = clock;
	}

	/** Whole working days, hours and minutes; a part of a minute counts as a minute, so 0 menit means done. */
	public String duration(Duration duration) {
		if (duration == null) {
			return "";
		}
		long minutes = duration.toMinutes() + (duration.toSecondsPart() > 0 || duration.toNanosPart() > 0 ? 1 : 0);
		long dayMinutes = Duration.between(settings.workStart(), settings.workEnd()).toMinutes();
		List<String> parts = new ArrayList<>();
		if (minutes >= dayMinutes) {
			parts.add(message("sop.duration.days", minutes / dayMinutes));
			minutes %= dayMinutes;
		}
		if (minutes >= 60) {
			parts.add(message("sop.duration.hours", minutes / 60));
			minutes %= 60;
		}
		if (minutes > 0 || parts.isEmpty()) {
			parts.add(message("sop.duration.minutes", minutes));
		}
		return String.join(" ", parts);
	}

	/** The working time of one full working day in hours, such as 8 jam: what 1 hari kerja stands for. */
	public String workingDay() {
		Duration day = Duration.between(settings.workStart(), settings.workEnd());
		String hours = message("sop.duration.hours", day.toHours());
		return day.toMinutesPart() == 0 ? hours : hours + " " + message("sop.duration.minutes", day.toMinutesPart());
	}

	/** The office hours as a sentence, such as Senin–Jumat, pukul 08.00–16.00 WIB. */
	public String officeHours() {
		Locale locale = LocaleContextHolder.getLocale();
		List<DayOfWeek> days = settings.workDays().stream().sorted().toList();
		boolean consecutive = days.get(days.size() - 1).getValue() - days.get(0).getValue() == days.size() - 1;
		String dayText = consecutive && days.size() > 2
				? name(days.get(0), locale) + "\u2013" + name(days.get(days.size() - 1), locale)
				: String.join(", ", days.stream().map(day -> name(day, locale)).toList());
		return message("sop.hours.text", dayText, time(settings.workStart()), time(settings.workEnd()));
	}

	/** Message key of the clock's state now: running, overdue, met or breached. */
	public String stateKey(StepClock clock) {
		return "sop.clock." + state(clock);
	}

	/** CSS class of the clock's state now, such as {@code clock-overdue}. */
	public String stateClass(StepClock clock) {
		return "clock-" + state(clock);
	}

	private String state(StepClock stepClock) {
		if (stepClock.overdueAt(clock.instant())) {
			return "overdue";
		}
		return stepClock.outcome().name().toLowerCase(Locale.ROOT);
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private static String name(DayOfWeek day, Locale locale) {
		return day.getDisplayName(TextStyle.FULL, locale);
	}

	private static String time(java.time.LocalTime time) {
		return String.format("%02d.%02d", time.getHour(), time.getMinute());
	}
}
