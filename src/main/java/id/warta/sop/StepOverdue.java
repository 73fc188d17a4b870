package id.warta.sop;

import java.time.Instant;

/**
 * A running step passed its due time: a notice to whoever acts next and to the screeners, who are the agency's
 * superiors in the SOP. Published once per clock.
 */
public record StepOverdue(SopItem item, SopStep step, Instant dueAt, Long divisionId) {
}
