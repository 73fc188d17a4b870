package id.warta.sop;

/** The agency's working calendar, for time standards and for deadlines counted in working days. */
public interface WorkingCalendars {

	/**
	 * The calendar as it stands now: the configured working days and office hours and every holiday entered.
	 * A snapshot: take it once per unit of work, not once per item.
	 */
	WorkingCalendar current();
}
