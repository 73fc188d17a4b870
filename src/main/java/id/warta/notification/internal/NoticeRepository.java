package id.warta.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NoticeRepository extends JpaRepository<Notice, Long> {

	boolean existsByRecipientIdAndEventKey(long recipientId, String eventKey);

	List<Notice> findTop100ByRecipientIdOrderByCreatedAtDescIdDesc(long recipientId);

	Optional<Notice> findByIdAndRecipientId(long id, long recipientId);

	long countByRecipientIdAndReadAtIsNull(long recipientId);

	@Modifying
	@Query("update Notice n set n.readAt = :now where n.recipientId = :recipientId and n.readAt is null")
	int markAllRead(long recipientId, Instant now);
}
