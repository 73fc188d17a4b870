package id.warta.organization;

import java.util.List;
import java.util.Optional;

/** The agency's divisions, for modules that group or filter by division. */
public interface Divisions {

	/** Every division of the current agency, active or not, by name. */
	List<DivisionSummary> all();

	Optional<DivisionSummary> find(long id);
}
