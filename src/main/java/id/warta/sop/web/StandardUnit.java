package id.warta.sop.web;

import java.time.Duration;

/** The unit a time standard is typed in: the SOP counts in days, hours and minutes. */
enum StandardUnit {

	MINUTES, HOURS, WORKING_DAYS;

	Duration of(int amount, Duration workingDay) {
		return switch (this) {
			case MINUTES -> Duration.ofMinutes(amount);
			case HOURS -> Duration.ofHours(amount);
			case WORKING_DAYS -> workingDay.multipliedBy(amount);
		};
	}

	/** The largest unit that expresses the standard in whole numbers. */
	static StandardUnit largestFor(Duration standard, Duration workingDay) {
		if (standard.toMinutes() % workingDay.toMinutes() == 0) {
			return WORKING_DAYS;
		}
		return standard.toMinutes() % 60 == 0 ? HOURS : MINUTES;
	}

	int amountOf(Duration standard, Duration workingDay) {
		return (int) switch (this) {
			case MINUTES -> standard.toMinutes();
			case HOURS -> standard.toHours();
			case WORKING_DAYS -> standard.toMinutes() / workingDay.toMinutes();
		};
	}

	public String labelKey() {
		return "sop.unit." + name();
	}
}
