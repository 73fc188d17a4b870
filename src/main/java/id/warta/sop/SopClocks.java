package id.warta.sop;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The clocks of the SOP's steps. The module that drives a step starts its clock when the step begins and
 * stops it when the step ends; lists, inboxes, timelines and reminders read them here. Every item keeps the
 * SOP version it started under: its later steps, and steps started again after rework, use that version's
 * standards even when a newer version has become effective meanwhile.
 * <p>
 * Callable without a signed-in user (from event listeners); every method works in the current agency.
 */
public interface SopClocks {

	/**
	 * Starts the step's clock for the item; its due time is {@code startedAt} plus the standard in working time.
	 * The standard comes from the item's SOP version: the version of its first clock, or for a new item the
	 * version effective on the date of {@code startedAt}.
	 * <p>
	 * Idempotent for redelivered events: when the item already has a clock of this step started at exactly
	 * {@code startedAt}, that clock is returned. Starting a step again after its clock ended (rework after the
	 * screener returned the item) makes a new clock.
	 *
	 * @param divisionId the division whose material this is, for the compliance report; null when none
	 * @throws IllegalStateException when a clock of this step for the item is running with another start
	 */
	StepClock start(SopItem item, SopStep step, Instant startedAt, Long divisionId);

	/**
	 * Like {@link #start}, for an item that carries on the work of another — a story made from a submission:
	 * a new item keeps the SOP version of {@code predecessor} when that one has clocks.
	 */
	StepClock startContinuing(SopItem predecessor, SopItem item, SopStep step, Instant startedAt, Long divisionId);

	/**
	 * Stops the running clock of the step: met when {@code endedAt} is not after the due time, breached
	 * otherwise. Idempotent: when no clock of the step is running, the latest ended one is returned unchanged.
	 *
	 * @return the ended clock; empty when the item never started this step
	 * @throws IllegalArgumentException when {@code endedAt} is before the clock's start
	 */
	Optional<StepClock> stop(SopItem item, SopStep step, Instant endedAt);

	/** Every clock of the items, in the order they started: the SOP part of an item's timeline. */
	List<StepClock> timeline(SopItem item, SopItem... related);

	/** The most recently started clock of each item that has one, for a status column in a list. */
	Map<SopItem, StepClock> latestClocks(Collection<SopItem> items);

	/** The running clocks of a step, the earliest due first, with their working time left or overdue now. */
	List<OpenClock> openClocks(SopStep step);

	/** Every running clock past its due time now, of any step, the earliest due first. */
	List<OpenClock> overdueClocks();
}
