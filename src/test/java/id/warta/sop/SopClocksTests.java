package id.warta.sop;

import static id.warta.sop.Times.newItem;
import static id.warta.sop.Times.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import id.warta.support.MutableClock;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Step clocks under the January 2026 SOP (1 day, 2 h, 2 h, 30 min): due times, met or breached, rework, and
 * the inbox's view of running clocks. Times are in March 2026, under version 1; WIB throughout.
 */
@WartaTest
class SopClocksTests {

	@Autowired
	SopClocks clocks;

	@Autowired
	MutableClock clock;

	@Autowired
	Staff staff;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	Long perumahan() {
		return staff.divisionId("bidang-perumahan");
	}

	@Test
	void dueTimesFollowTheStandardOfEachStep() {
		// Monday 2 March 2026, 10:00.
		var start = wib("2026-03-02T10:00");
		assertThat(clocks.start(newItem("uji"), SopStep.SUBMISSION, start, null).dueAt()).isEqualTo(wib("2026-03-03T10:00"));
		assertThat(clocks.start(newItem("uji"), SopStep.EDITING, start, null).dueAt()).isEqualTo(wib("2026-03-02T12:00"));
		assertThat(clocks.start(newItem("uji"), SopStep.SCREENING, start, null).dueAt()).isEqualTo(wib("2026-03-02T12:00"));
		StepClock publishing = clocks.start(newItem("uji"), SopStep.PUBLISHING, start, null);
		assertThat(publishing.dueAt()).isEqualTo(wib("2026-03-02T10:30"));
		assertThat(publishing.sopVersion()).isEqualTo(1);
		assertThat(publishing.standard()).isEqualTo(Duration.ofMinutes(30));
		assertThat(publishing.running()).isTrue();
	}

	@Test
	void materialSentOnFridayAfternoonIsDueOnMondayAndAcrossIdulFitriAfterTheBlock() {
		assertThat(clocks.start(newItem("uji"), SopStep.SUBMISSION, wib("2026-03-06T15:00"), null).dueAt())
			.isEqualTo(wib("2026-03-09T15:00"));
		// Tuesday 17 March 15:00: Nyepi and Idul Fitri with their collective leave until Tuesday 24 March.
		assertThat(clocks.start(newItem("uji"), SopStep.SUBMISSION, wib("2026-03-17T15:00"), null).dueAt())
			.isEqualTo(wib("2026-03-25T15:00"));
		// Sent on a Saturday evening: counted from Monday 08:00.
		assertThat(clocks.start(newItem("uji"), SopStep.EDITING, wib("2026-03-07T19:00"), null).dueAt())
			.isEqualTo(wib("2026-03-09T10:00"));
	}

	@Test
	void aStepEndedByItsDueTimeMetTheStandardAndALaterOneBreachedIt() {
		SopItem onTime = newItem("uji");
		clocks.start(onTime, SopStep.EDITING, wib("2026-03-02T10:00"), null);
		StepClock met = clocks.stop(onTime, SopStep.EDITING, wib("2026-03-02T12:00")).orElseThrow();
		assertThat(met.met()).isTrue();
		assertThat(met.outcome()).isEqualTo(StepClock.Outcome.MET);
		assertThat(met.workingTime()).isEqualTo(Duration.ofHours(2));

		SopItem late = newItem("uji");
		clocks.start(late, SopStep.EDITING, wib("2026-03-02T15:00"), null);
		StepClock breached = clocks.stop(late, SopStep.EDITING, wib("2026-03-03T09:01")).orElseThrow();
		assertThat(breached.dueAt()).isEqualTo(wib("2026-03-03T09:00"));
		assertThat(breached.met()).isFalse();
		assertThat(breached.workingTime()).isEqualTo(Duration.ofMinutes(121));
	}

	@Test
	void stoppingAgainChangesNothing() {
		SopItem item = newItem("uji");
		clocks.start(item, SopStep.SCREENING, wib("2026-03-02T10:00"), null);
		StepClock first = clocks.stop(item, SopStep.SCREENING, wib("2026-03-02T11:00")).orElseThrow();
		StepClock again = clocks.stop(item, SopStep.SCREENING, wib("2026-03-05T11:00")).orElseThrow();
		assertThat(again).isEqualTo(first);
		assertThat(clocks.stop(newItem("uji"), SopStep.SCREENING, wib("2026-03-05T11:00"))).isEmpty();
	}

	@Test
	void aRedeliveredStartFindsItsClockAndAStartOverARunningClockIsAnError() {
		SopItem item = newItem("uji");
		StepClock started = clocks.start(item, SopStep.EDITING, wib("2026-03-02T10:00"), perumahan());
		assertThat(clocks.start(item, SopStep.EDITING, wib("2026-03-02T10:00"), perumahan())).isEqualTo(started);
		assertThatThrownBy(() -> clocks.start(item, SopStep.EDITING, wib("2026-03-02T11:00"), perumahan()))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> clocks.stop(item, SopStep.EDITING, wib("2026-03-02T09:00")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(clocks.timeline(item)).hasSize(1);
	}

	@Test
	void reworkAfterTheScreenerReturnedTheStoryStartsANewClockAndTheTimelineKeepsBoth() {
		SopItem submission = newItem("uji-bahan");
		SopItem story = newItem("uji-berita");
		clocks.start(submission, SopStep.SUBMISSION, wib("2026-03-02T08:30"), perumahan());
		clocks.stop(submission, SopStep.SUBMISSION, wib("2026-03-02T09:00"));
		clocks.startContinuing(submission, story, SopStep.EDITING, wib("2026-03-02T09:00"), perumahan());
		clocks.stop(story, SopStep.EDITING, wib("2026-03-02T10:00"));
		clocks.start(story, SopStep.SCREENING, wib("2026-03-02T10:00"), perumahan());
		clocks.stop(story, SopStep.SCREENING, wib("2026-03-02T10:30"));
		// Returned by the screener, twice: each round of editing gets its own clock.
		clocks.start(story, SopStep.EDITING, wib("2026-03-02T10:30"), perumahan());
		clocks.stop(story, SopStep.EDITING, wib("2026-03-02T11:00"));
		clocks.start(story, SopStep.SCREENING, wib("2026-03-02T11:00"), perumahan());
		clocks.stop(story, SopStep.SCREENING, wib("2026-03-02T11:30"));
		StepClock rework = clocks.start(story, SopStep.EDITING, wib("2026-03-02T11:30"), perumahan());
		assertThat(rework.dueAt()).isEqualTo(wib("2026-03-02T13:30"));

		List<StepClock> timeline = clocks.timeline(story, submission);
		assertThat(timeline).extracting(StepClock::step)
			.containsExactly(SopStep.SUBMISSION, SopStep.EDITING, SopStep.SCREENING, SopStep.EDITING,
					SopStep.SCREENING, SopStep.EDITING);
		assertThat(timeline).extracting(StepClock::running).containsExactly(false, false, false, false, false, true);
		assertThat(clocks.latestClocks(List.of(story, submission))).containsEntry(story, rework)
			.containsEntry(submission, timeline.get(0));
	}

	@Test
	void theInboxShowsWorkingTimeLeftAndOverdue() {
		SopItem soon = newItem("uji");
		SopItem late = newItem("uji");
		// Now: Monday 2 March 2026, 10:00 WIB.
		clock.advance(Duration.between(clock.instant(), wib("2026-03-02T10:00")));
		StepClock soonClock = clocks.start(soon, SopStep.PUBLISHING, wib("2026-03-02T09:50"), null);
		// Started Friday 15:50: due Monday 08:20, overdue by 1 h 40 min of working time at 10:00.
		StepClock lateClock = clocks.start(late, SopStep.PUBLISHING, wib("2026-02-27T15:50"), null);

		List<OpenClock> open = clocks.openClocks(SopStep.PUBLISHING);
		OpenClock soonOpen = open.stream().filter(o -> o.clock().equals(soonClock)).findFirst().orElseThrow();
		OpenClock lateOpen = open.stream().filter(o -> o.clock().equals(lateClock)).findFirst().orElseThrow();
		assertThat(open.indexOf(lateOpen)).isLessThan(open.indexOf(soonOpen));
		assertThat(soonOpen.overdue()).isFalse();
		assertThat(soonOpen.workingTimeLeft()).isBetween(Duration.ofMinutes(19), Duration.ofMinutes(20));
		assertThat(lateOpen.overdue()).isTrue();
		assertThat(lateOpen.workingTimeOverdue()).isBetween(Duration.ofMinutes(100), Duration.ofMinutes(101));
		assertThat(clocks.overdueClocks()).extracting(OpenClock::clock).contains(lateClock).doesNotContain(soonClock);
	}
}
