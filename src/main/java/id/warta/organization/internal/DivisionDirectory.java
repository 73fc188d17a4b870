package id.warta.organization.internal;

import java.util.List;
import java.util.Optional;

import id.warta.organization.DivisionSummary;
import id.warta.organization.Divisions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Divisions for the other modules: read-only, and without the administrator's rights. */
@Service
@Transactional(readOnly = true)
class DivisionDirectory implements Divisions {

	private final DivisionRepository divisions;
	private final CurrentAgency agency;

	DivisionDirectory(DivisionRepository divisions, CurrentAgency agency) {
		this.divisions = divisions;
		this.agency = agency;
	}

	@Override
	public List<DivisionSummary> all() {
		return divisions.findByAgencyIdOrderByNameAsc(agency.id()).stream().map(DivisionDirectory::summary).toList();
	}

	@Override
	public Optional<DivisionSummary> find(long id) {
		return divisions.findByIdAndAgencyId(id, agency.id()).map(DivisionDirectory::summary);
	}

	private static DivisionSummary summary(Division division) {
		return new DivisionSummary(division.getId(), division.getSlug(), division.getName(), division.isActive());
	}
}
