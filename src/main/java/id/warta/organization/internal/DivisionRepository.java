package id.warta.organization.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DivisionRepository extends JpaRepository<Division, Long> {

	List<Division> findByAgencyIdOrderByNameAsc(long agencyId);

	Optional<Division> findByAgencyIdAndSlug(long agencyId, String slug);

	Optional<Division> findByAgencyIdAndNameIgnoreCase(long agencyId, String name);

	Optional<Division> findByIdAndAgencyId(long id, long agencyId);
}
