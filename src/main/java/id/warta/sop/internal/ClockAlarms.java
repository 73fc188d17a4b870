package id.warta.sop.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import id.warta.sop.OpenClock;
import id.warta.sop.SopClocks;
import id.warta.sop.SopStep;
import id.warta.sop.StepDueSoon;
import id.warta.sop.StepOverdue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Watches running clocks: at 75 % of a step's standard (in working time) it publishes a reminder, past the due
 * time an overdue notice, each once per clock. The mark is set with a conditional update, so with several nodes
 * only the node whose update took effect publishes.
 */
@Component
public class ClockAlarms {

	static final double REMIND_AT = 0.75;

	private final SopClocks clocks;
	private final JdbcTemplate jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ClockAlarms(SopClocks clocks, JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
		this.clocks = clocks;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${warta.sop.alarm-interval:60s}", initialDelayString = "30s")
	@Transactional
	public void check() {
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		for (SopStep step : SopStep.values()) {
			for (OpenClock open : clocks.openClocks(step)) {
				var running = open.clock();
				if (open.overdue()) {
					if (mark("overdue_noticed_at", running.id(), now)) {
						events.publishEvent(new StepOverdue(running.item(), step, running.dueAt(), running.divisionId()));
					}
				}
				else if (elapsed(running.standard(), open.workingTimeLeft()) >= REMIND_AT
						&& mark("reminded_at", running.id(), now)) {
					events.publishEvent(new StepDueSoon(running.item(), step, running.dueAt(), running.divisionId()));
				}
			}
		}
	}

	private static double elapsed(Duration standard, Duration left) {
		return standard.isZero() ? 1 : 1 - (double) left.toSeconds() / standard.toSeconds();
	}

	private boolean mark(String column, long clockId, OffsetDateTime now) {
		return jdbc.update("UPDATE sop_step_clock SET " + column + " = ? WHERE id = ? AND " + column + " IS NULL",
				now, clockId) == 1;
	}
}
