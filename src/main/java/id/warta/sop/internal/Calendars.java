package id.warta.sop.internal;

import id.warta.organization.Agencies;
import id.warta.sop.WorkingCalendar;
import id.warta.sop.WorkingCalendars;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The working calendar from the configured office hours and the holidays in the database. */
@Service
@Transactional(readOnly = true)
class Calendars implements WorkingCalendars {

	private final SopSettings settings;
	private final HolidayRepository holidays;
	private final Agencies agencies;

	Calendars(SopSettings settings, HolidayRepository holidays, Agencies agencies) {
		this.settings = settings;
		this.holidays = holidays;
		this.agencies = agencies;
	}

	@Override
	public WorkingCalendar current() {
		// All of the agency's holidays: about 25 a year, so loading them whole stays cheap for decades.
		var dates = holidays.findByAgencyId(agencies.current().id()).stream().map(Holiday::getDate).toList();
		return new WorkingCalendar(settings.workDays(), settings.workStart(), settings.workEnd(), dates);
	}
}
