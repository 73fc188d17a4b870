package id.warta.sop.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HolidayRepository extends JpaRepository<Holiday, Long> {

	List<Holiday> findByAgencyId(long agencyId);

	List<Holiday> findByAgencyIdAndDateBetweenOrderByDateAsc(long agencyId, LocalDate from, LocalDate to);

	Optional<Holiday> findByAgencyIdAndDate(long agencyId, LocalDate date);

	Optional<Holiday> findByIdAndAgencyId(long id, long agencyId);
}
