package id.warta.sop;

import java.time.Instant;

/**
 * Three quarters of a step's time standard have passed for an item and the step is still running: a reminder to
 * whoever acts next. Published once per clock.
 */
public record StepDueSoon(SopItem item, SopStep step, Instant dueAt, Long divisionId) {
}
