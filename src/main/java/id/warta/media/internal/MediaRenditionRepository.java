package id.warta.media.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MediaRenditionRepository extends JpaRepository<MediaRendition, Long> {

	List<MediaRendition> findByAssetIdOrderByName(long assetId);

	List<MediaRendition> findByAssetIdIn(java.util.Collection<Long> assetIds);

	Optional<MediaRendition> findByAssetIdAndName(long assetId, String name);
}
