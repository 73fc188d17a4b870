package id.warta.sop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of the SOP: immutable, effective from a date (in Asia/Jakarta) until the next version's date.
 *
 * @param id the version's id, as recorded on every {@link StepClock} started under it
 * @param version the version number, 1 for the January 2026 revision
 * @param steps all four steps, in order
 */
public record SopDefinition(long id, int version, LocalDate effectiveFrom, String note, String createdBy,
		Instant createdAt, List<StepStandard> steps) {

	public SopDefinition {
		steps = List.copyOf(steps);
	}

	public StepStandard step(SopStep step) {
		return steps.stream()
			.filter(standard -> standard.step() == step)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("SOP version " + version + " lacks step " + step));
	}
}
