package id.warta.media.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface MediaAssetRepository extends JpaRepository<MediaAsset, Long>, JpaSpecificationExecutor<MediaAsset> {

	Optional<MediaAsset> findFirstByAgencyIdAndSha256OrderById(long agencyId, String sha256);
}
