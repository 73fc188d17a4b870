package id.warta.intake;

import java.util.List;
import java.util.Optional;

/** Material for the newsroom: what it may compose from, and telling contributors what became of it. */
public interface Materials {

	Optional<Material> find(long id);

	/** New material waiting for the admin, oldest first. */
	List<Material> inbox();

	/** Records what became of material used in a story, so that its sender sees it. */
	void recordFate(List<Long> materialIds, MaterialState state, String publicPath, String reason);
}
