package id.warta.organization.internal;

import java.util.List;
import java.util.Optional;

import id.warta.organization.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

	Optional<StaffAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	List<StaffAccount> findByAgencyIdOrderByActiveDescFullNameAsc(long agencyId);

	Optional<StaffAccount> findByIdAndAgencyId(long id, long agencyId);

	@Query("""
			select a from StaffAccount a join a.roles r
			where a.agencyId = :agencyId and a.active = true and r = :role
			order by a.fullName""")
	List<StaffAccount> findActiveWithRole(long agencyId, Role role);
}
