package id.warta.newsroom;

import java.util.List;
import java.util.Optional;

/**
 * The material a story may be composed from, as the newsroom needs it; provided by the module that receives
 * material, so that the newsroom does not depend on it (that module follows stories through their events).
 */
public interface SourceMaterials {

	Optional<SourceMaterial> find(long id);

	/** One piece of material: what the story's first draft is made of, and how screeners see where it came from. */
	record SourceMaterial(long id, String trackingNumber, String title, String description, Long divisionId,
			String senderName, List<SourceFile> files) {
	}

	/** One file of the material, in the media library, with the caption its sender gave. */
	record SourceFile(long mediaId, String caption) {
	}
}
