package id.warta.organization;

import java.util.List;
import java.util.Optional;

/** The agency's divisions, for choosing one and for showing its name. */
public interface Divisions {

	/** Every division of the agency, active first, by name. */
	List<DivisionSummary> all();

	Optional<DivisionSummary> find(long id);
}
