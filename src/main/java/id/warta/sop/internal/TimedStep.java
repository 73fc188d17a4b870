package id.warta.sop.internal;

import java.time.Duration;
import java.time.Instant;

import id.warta.sop.SopItem;
import id.warta.sop.SopStep;
import id.warta.sop.StepClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A step of an item timed against its standard: the stored form of a {@link StepClock}. */
@Entity
@Table(name = "sop_step_clock")
class TimedStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long agencyId;
	private String itemType;
	private long itemId;
	@Column(name = "step_number")
	private int stepNumber;
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "sop_version_id")
	private SopVersion sopVersion;
	// Copied from the version, which never changes, so the report and the inbox need no join.
	private int standardMinutes;
	private Long divisionId;
	private Instant startedAt;
	private Instant dueAt;
	private Instant endedAt;
	private Boolean met;
	private Long workingSeconds;
	// TRUE while running, NULL once ended: see the unique constraint in V4__sop.sql.
	private Boolean running = Boolean.TRUE;
	@Version
	private long version;

	protected TimedStep() {
	}

	TimedStep(long agencyId, SopItem item, SopStep step, SopVersion sopVersion, Long divisionId, Instant startedAt,
			Instant dueAt) {
		this.agencyId = agencyId;
		this.itemType = item.type();
		this.itemId = item.id();
		this.stepNumber = step.number();
		this.sopVersion = sopVersion;
		this.standardMinutes = (int) sopVersion.step(step).standard().toMinutes();
		this.divisionId = divisionId;
		this.startedAt = startedAt;
		this.dueAt = dueAt;
	}

	boolean isRunning() {
		return endedAt == null;
	}

	/** Ends the step: met when it ended no later than its due time. */
	void end(Instant endedAt, Duration workingTime) {
		if (!isRunning()) {
			throw new IllegalStateException("Clock " + id + " has already ended");
		}
		if (endedAt.isBefore(startedAt)) {
			throw new IllegalArgumentException("A step cannot end (" + endedAt + ") before it started (" + startedAt + ")");
		}
		this.endedAt = endedAt;
		this.met = !endedAt.isAfter(dueAt);
		this.workingSeconds = workingTime.toSeconds();
		this.running = null;
	}

	/** A new due time for a running clock, after the calendar's holidays changed. */
	boolean reschedule(Instant newDueAt) {
		if (!isRunning() || newDueAt.equals(dueAt)) {
			return false;
		}
		this.dueAt = newDueAt;
		return true;
	}

	Long getId() {
		return id;
	}

	SopVersion getSopVersion() {
		return sopVersion;
	}

	Instant getStartedAt() {
		return startedAt;
	}

	Duration standard() {
		return Duration.ofMinutes(standardMinutes);
	}

	SopItem item() {
		return new SopItem(itemType, itemId);
	}

	StepClock toClock() {
		return new StepClock(id, item(), SopStep.ofNumber(stepNumber), sopVersion.getId(), sopVersion.getNumber(),
				standard(), divisionId, startedAt, dueAt, endedAt, met,
				workingSeconds == null ? null : Duration.ofSeconds(workingSeconds));
	}
}
