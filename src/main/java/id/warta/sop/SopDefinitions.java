package id.warta.sop;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The versions of the agency's SOP, for any module that shows or applies its steps and standards. */
public interface SopDefinitions {

	/** The version in effect today (Asia/Jakarta). */
	SopDefinition current();

	/**
	 * The version in effect on the date: the one with the latest effective date on or before it. A date before
	 * the first version falls under the first version.
	 */
	SopDefinition effectiveOn(LocalDate date);

	Optional<SopDefinition> version(long id);

	/** Every version, the newest number first. */
	List<SopDefinition> history();
}
