package id.warta.intake.web;

import java.util.ArrayList;
import java.util.List;

import id.warta.intake.Material;
import id.warta.intake.MaterialState;
import id.warta.intake.internal.MaterialIntake;
import id.warta.organization.Role;
import id.warta.organization.StaffPrincipal;
import id.warta.platform.BackOfficeTasks;
import id.warta.sop.SopClocks;
import id.warta.sop.SopItem;
import id.warta.sop.SopStep;
import id.warta.sop.StepClock;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The admin's new material with its step-2 due time; a contributor's material still in the works. */
@Component
class IntakeTasks implements BackOfficeTasks {

	private static final int SHOWN = 5;

	private final MaterialIntake intake;
	private final SopClocks clocks;
	private final Clock clock;

	IntakeTasks(MaterialIntake intake, SopClocks clocks, Clock clock) {
		this.intake = intake;
		this.clocks = clocks;
		this.clock = clock;
	}

	@Override
	public List<TaskGroup> tasksFor(Authentication person) {
		if (!(person.getPrincipal() instanceof StaffPrincipal staff)) {
			return List.of();
		}
		List<TaskGroup> groups = new ArrayList<>();
		if (staff.hasRole(Role.CONTENT_ADMIN)) {
			List<Material> inbox = intake.inbox();
			var latest = clocks.latestClocks(inbox.stream().map(m -> new SopItem("material", m.id())).toList());
			List<Task> tasks = inbox.stream().limit(SHOWN).map(m -> {
				StepClock step = latest.get(new SopItem("material", m.id()));
				boolean editing = step != null && step.step() == SopStep.EDITING && step.running();
				return new Task(m.title(), "/bahan/" + m.id(), editing ? step.dueAt() : null,
						editing && step.overdueAt(clock.instant()));
			}).toList();
			groups.add(new TaskGroup(10, "tasks.materialInbox", "/redaksi/bahan", inbox.size(), tasks));
		}
		if (staff.hasRole(Role.CONTRIBUTOR)) {
			List<Material> open = intake.mine()
				.stream()
				.filter(m -> m.state() != MaterialState.PUBLISHED && m.state() != MaterialState.NOT_USED)
				.toList();
			groups.add(new TaskGroup(5, "tasks.myMaterial", "/bahan/saya", open.size(), open.stream()
				.limit(SHOWN)
				.map(m -> new Task(m.title(), "/bahan/" + m.id(), null, false))
				.toList()));
		}
		return groups;
	}
}
