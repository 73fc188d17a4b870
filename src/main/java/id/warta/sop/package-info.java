/**
 * The SOP as data: its versioned steps and time standards (Mutu Baku), the agency's working calendar, the clock
 * of every item's every step, and how often the standard was met. Other modules call {@link SopClocks} when a
 * step starts and ends, and read {@link SopDefinitions} and {@link WorkingCalendars}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SOP",
		allowedDependencies = { "platform", "organization", "audit" })
package id.warta.sop;
