package id.warta.sop.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TimedStepRepository extends JpaRepository<TimedStep, Long> {

	Optional<TimedStep> findFirstByAgencyIdAndItemTypeAndItemIdOrderByStartedAtAscIdAsc(long agencyId, String itemType,
			long itemId);

	Optional<TimedStep> findByAgencyIdAndItemTypeAndItemIdAndStepNumberAndRunningTrue(long agencyId, String itemType,
			long itemId, int stepNumber);

	Optional<TimedStep> findFirstByAgencyIdAndItemTypeAndItemIdAndStepNumberAndStartedAt(long agencyId,
			String itemType, long itemId, int stepNumber, Instant startedAt);

	Optional<TimedStep> findFirstByAgencyIdAndItemTypeAndItemIdAndStepNumberOrderByStartedAtDescIdDesc(long agencyId,
			String itemType, long itemId, int stepNumber);

	List<TimedStep> findByAgencyIdAndItemTypeAndItemIdOrderByStartedAtAscIdAsc(long agencyId, String itemType,
			long itemId);

	List<TimedStep> findByAgencyIdAndItemTypeAndItemIdIn(long agencyId, String itemType, Collection<Long> itemIds);

	List<TimedStep> findByAgencyIdAndStepNumberAndRunningTrueOrderByDueAtAscIdAsc(long agencyId, int stepNumber);

	List<TimedStep> findByAgencyIdAndRunningTrueAndDueAtBeforeOrderByDueAtAscIdAsc(long agencyId, Instant now);

	List<TimedStep> findByAgencyIdAndRunningTrue(long agencyId);
}
