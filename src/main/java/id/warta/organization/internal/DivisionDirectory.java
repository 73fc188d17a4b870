package id.warta.organization.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import id.warta.organization.DivisionSummary;
import id.warta.organization.Divisions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DivisionDirectory implements Divisions {

	private final DivisionRepository divisions;
	private final CurrentAgency agency;

	DivisionDirectory(DivisionRepository divisions, CurrentAgency agency) {
		this.divisions = divisions;
		this.agency = agency;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DivisionSummary> all() {
		return divisions.findByAgencyIdOrderByNameAsc(agency.id())
			.stream()
			.sorted(Comparator.comparing(Division::isActive).reversed())
			.map(DivisionDirectory::summary)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DivisionSummary> find(long id) {
		return divisions.findByIdAndAgencyId(id, agency.id()).map(DivisionDirectory::summary);
	}

	private static DivisionSummary summary(Division division) {
		return new DivisionSummary(division.getId(), division.getSlug(), division.getName(), division.isActive());
	}
}
