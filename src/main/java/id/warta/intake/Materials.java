package id.warta.intake;

import java.util.List;
import java.util.Optional;

/** Material as other modules read it: one piece, and what waits for the admin. */
public interface Materials {

	Optional<Material> find(long id);

	/** New material waiting for the admin, oldest first. */
	List<Material> inbox();
}
