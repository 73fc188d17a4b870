package id.warta.organization.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

	Optional<StaffAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	List<StaffAccount> findByAgencyIdOrderByActiveDescFullNameAsc(long agencyId);

	Optional<StaffAccount> findByIdAndAgencyId(long id, long agencyId);
}
