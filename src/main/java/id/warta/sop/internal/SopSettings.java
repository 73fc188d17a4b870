package id.warta.sop.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The agency's office hours (ADR 0008): configuration, not data, because they change with a regulation rather
 * than from month to month. Holidays are data, edited in the back office.
 *
 * @param workDays the working days of the week
 * @param workStart when office hours start, such as {@code 08:00}
 * @param workEnd when office hours end, such as {@code 16:00}
 */
@Validated
@ConfigurationProperties("warta.sop")
public record SopSettings(
		@NotEmpty @DefaultValue({ "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" }) Set<DayOfWeek> workDays,
		@NotNull @DefaultValue("08:00") LocalTime workStart, @NotNull @DefaultValue("16:00") LocalTime workEnd) {

	@AssertTrue(message = "warta.sop.work-start must be before warta.sop.work-end")
	public boolean isOfficeHoursInOrder() {
		return workStart == null || workEnd == null || workStart.isBefore(workEnd);
	}
}
