package id.warta.intake.internal;

import java.util.List;
import java.util.Optional;

import id.warta.intake.MaterialState;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRepository extends JpaRepository<Submission, Long> {

	List<Submission> findByAgencyIdAndStateOrderByReceivedAtAsc(long agencyId, MaterialState state);

	List<Submission> findBySenderIdOrderByReceivedAtDesc(long senderId);

	List<Submission> findByDivisionIdOrderByReceivedAtDesc(long divisionId);

	Optional<Submission> findByIdAndAgencyId(long id, long agencyId);
}
