package id.warta.sop.web;

import java.util.List;
import java.util.stream.IntStream;

import id.warta.organization.DivisionSummary;
import id.warta.organization.Divisions;
import id.warta.sop.SopDefinitions;
import id.warta.sop.internal.ComplianceReports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** How often each step met its time standard, per month, for the whole agency or one division. */
@Controller
class ComplianceController {

	static final String PATH = "/laporan/sop";
	static final String VIEW = "sop/compliance";

	private final ComplianceReports reports;
	private final Divisions divisions;
	private final SopDefinitions definitions;

	ComplianceController(ComplianceReports reports, Divisions divisions, SopDefinitions definitions) {
		this.reports = reports;
		this.divisions = divisions;
		this.definitions = definitions;
	}

	@GetMapping(PATH)
	String report(@RequestParam(name = "tahun", required = false) Integer year,
			@RequestParam(name = "bidang", required = false) Long divisionId, Model model) {
		int thisYear = reports.thisMonth().getYear();
		// The report reaches back to the year the first version of the SOP took effect.
		int firstYear = definitions.history()
			.stream()
			.mapToInt(version -> version.effectiveFrom().getYear())
			.min()
			.orElse(thisYear);
		firstYear = Math.min(firstYear, thisYear);
		int shownYear = year == null || year < firstYear || year > thisYear ? thisYear : year;
		List<DivisionSummary> all = divisions.all();
		Long division = divisionId != null && all.stream().anyMatch(d -> d.id() == divisionId) ? divisionId : null;
		model.addAttribute("report", reports.forYear(shownYear, division));
		model.addAttribute("years", IntStream.rangeClosed(firstYear, thisYear).boxed().toList());
		model.addAttribute("divisions", all);
		model.addAttribute("selectedDivision", division);
		model.addAttribute("current", definitions.current());
		return VIEW;
	}
}
