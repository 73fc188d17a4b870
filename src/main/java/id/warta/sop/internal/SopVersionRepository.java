package id.warta.sop.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SopVersionRepository extends JpaRepository<SopVersion, Long> {

	List<SopVersion> findByAgencyIdOrderByNumberDesc(long agencyId);

	Optional<SopVersion> findFirstByAgencyIdAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(long agencyId,
			LocalDate date);

	Optional<SopVersion> findFirstByAgencyIdOrderByEffectiveFromAsc(long agencyId);

	Optional<SopVersion> findFirstByAgencyIdOrderByNumberDesc(long agencyId);

	Optional<SopVersion> findByAgencyIdAndEffectiveFrom(long agencyId, LocalDate date);

	Optional<SopVersion> findByIdAndAgencyId(long id, long agencyId);
}
