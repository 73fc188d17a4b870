package id.warta.intake.web;

import java.util.List;

import id.warta.organization.DivisionSummary;
import id.warta.organization.Divisions;
import org.springframework.stereotype.Component;

/** The active divisions to choose from when sending material. */
@Component
class DivisionChoices {

	private final Divisions divisions;

	DivisionChoices(Divisions divisions) {
		this.divisions = divisions;
	}

	List<DivisionSummary> active() {
		return divisions.all().stream().filter(DivisionSummary::active).toList();
	}
}
