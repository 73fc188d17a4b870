package id.warta.sop;

import java.time.Duration;
import java.util.Set;

import id.warta.organization.Role;

/**
 * One step as an SOP version defines it.
 *
 * @param step which step
 * @param name the activity as the SOP words it (Indonesian)
 * @param actors the roles that carry it out (Pelaksana)
 * @param standard the time standard (Mutu Baku), in working time of the agency's {@link WorkingCalendar}
 */
public record StepStandard(SopStep step, String name, Set<Role> actors, Duration standard) {

	public StepStandard {
		actors = Set.copyOf(actors);
		if (standard.isNegative() || standard.isZero()) {
			throw new IllegalArgumentException("A time standard must be positive");
		}
	}
}
