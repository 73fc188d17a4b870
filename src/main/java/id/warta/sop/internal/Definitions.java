package id.warta.sop.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.warta.organization.Agencies;
import id.warta.sop.SopDefinition;
import id.warta.sop.SopDefinitions;
import id.warta.sop.WorkingCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the SOP's versions; no rights needed, every module may apply the SOP. */
@Service
@Transactional(readOnly = true)
class Definitions implements SopDefinitions {

	private final SopVersionRepository versions;
	private final Agencies agencies;
	private final Clock clock;

	Definitions(SopVersionRepository versions, Agencies agencies, Clock clock) {
		this.versions = versions;
		this.agencies = agencies;
		this.clock = clock;
	}

	@Override
	public SopDefinition current() {
		return effectiveOn(LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE));
	}

	@Override
	public SopDefinition effectiveOn(LocalDate date) {
		return effectiveVersion(versions, agencies.current().id(), date).definition();
	}

	@Override
	public Optional<SopDefinition> version(long id) {
		return versions.findByIdAndAgencyId(id, agencies.current().id()).map(SopVersion::definition);
	}

	@Override
	public List<SopDefinition> history() {
		return versions.findByAgencyIdOrderByNumberDesc(agencies.current().id())
			.stream()
			.map(SopVersion::definition)
			.toList();
	}

	/** The version in effect on the date; before the first version's date, the first version. */
	static SopVersion effectiveVersion(SopVersionRepository versions, long agencyId, LocalDate date) {
		return versions.findFirstByAgencyIdAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(agencyId, date)
			.or(() -> versions.findFirstByAgencyIdOrderByEffectiveFromAsc(agencyId))
			.orElseThrow(() -> new IllegalStateException("The agency has no SOP version: the database was not migrated"));
	}
}
