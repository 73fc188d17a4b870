package id.warta.media.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface UploadSessionRepository extends JpaRepository<UploadSession, String> {

	boolean existsByMediaIdAndOwnerId(long mediaId, long ownerId);

	List<UploadSession> findByUpdatedAtBefore(Instant cutoff);
}
