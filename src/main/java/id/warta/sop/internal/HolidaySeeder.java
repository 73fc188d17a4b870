package id.warta.sop.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import id.warta.audit.AuditTrail;
import id.warta.organization.Agencies;
import id.warta.sop.HolidaysImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the holiday seed files shipped with Warta ({@code sop/hari-libur-*.csv}) at start, each once per
 * agency: a later release can ship next year's file, and a holiday the administrator removed stays removed.
 * Dates the agency already entered are kept as they are.
 */
@Component
class HolidaySeeder implements ApplicationRunner {

	static final String LOCATION = "classpath*:sop/hari-libur-*.csv";
	private static final Logger log = LoggerFactory.getLogger(HolidaySeeder.class);

	private final HolidayRepository holidays;
	private final ClockService clocks;
	private final Agencies agencies;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	HolidaySeeder(HolidayRepository holidays, ClockService clocks, Agencies agencies, JdbcTemplate jdbc,
			TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
		this.holidays = holidays;
		this.clocks = clocks;
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		long agencyId = agencies.current().id();
		Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
		Arrays.sort(files, Comparator.comparing(Resource::getFilename));
		for (Resource file : files) {
			try {
				transactions.executeWithoutResult(status -> importOnce(agencyId, file));
			}
			catch (DataIntegrityViolationException e) {
				// Another node started at the same moment and loaded this file; its work stands.
				log.info("Holiday file {} already loaded by another node", file.getFilename());
			}
		}
	}

	private void importOnce(long agencyId, Resource file) {
		String source = file.getFilename();
		Integer done = jdbc.queryForObject(
				"SELECT COUNT(*) FROM sop_holiday_import WHERE agency_id = ? AND source = ?", Integer.class, agencyId,
				source);
		if (done != null && done > 0) {
			return;
		}
		List<HolidayFile.Row> rows = read(file);
		int added = 0;
		for (HolidayFile.Row row : rows) {
			if (holidays.findByAgencyIdAndDate(agencyId, row.date()).isEmpty()) {
				holidays.save(new Holiday(agencyId, row.date(), row.name(), row.kind(), AuditTrail.SYSTEM,
						clock.instant()));
				added++;
			}
		}
		holidays.flush();
		jdbc.update("INSERT INTO sop_holiday_import (agency_id, source, imported_at, holidays) VALUES (?, ?, ?, ?)",
				agencyId, source, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), added);
		if (added > 0) {
			clocks.rescheduleRunningClocks();
		}
		events.publishEvent(new HolidaysImported(AuditTrail.SYSTEM, agencyId, source, added, rows.size() - added));
		log.info("Loaded {} holidays from {} ({} dates were already entered)", added, source, rows.size() - added);
	}

	private static List<HolidayFile.Row> read(Resource file) {
		try (InputStream input = file.getInputStream()) {
			return HolidayFile.read(input, file.getFilename());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
