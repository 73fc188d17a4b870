package id.warta.organization.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.warta.organization.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
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

	/**
	 * Records a sign-in without touching the version: several sign-ins of one account at the same moment (tabs,
	 * devices) must all succeed, and the time of the last one is no reason to refuse an edit of the account.
	 */
	@Modifying
	@Query("update StaffAccount a set a.lastLoginAt = :at where a.id = :id")
	int recordSignIn(long id, Instant at);

	@Query("select a.username from StaffAccount a where a.agencyId = :agencyId")
	List<String> usernames(long agencyId);
}
