package id.warta.sop.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import id.warta.organization.Role;
import id.warta.sop.SopStep;
import id.warta.sop.StepStandard;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One step of a stored SOP version. */
@Embeddable
public class StepDefinition {

	@Column(name = "step_number")
	private int number;
	private String code;
	private String name;
	private String actorRoles;
	private int standardMinutes;

	protected StepDefinition() {
	}

	StepDefinition(SopStep step, String name, Set<Role> actors, Duration standard) {
		this.number = step.number();
		this.code = step.name();
		this.name = name;
		this.actorRoles = actors.stream().map(Role::name).sorted().collect(Collectors.joining(","));
		this.standardMinutes = Math.toIntExact(standard.toMinutes());
	}

	public SopStep step() {
		return SopStep.ofNumber(number);
	}

	public String getName() {
		return name;
	}

	public Set<Role> actors() {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(actorRoles.split(",")).map(String::strip).map(Role::valueOf).forEach(roles::add);
		return roles;
	}

	public Duration standard() {
		return Duration.ofMinutes(standardMinutes);
	}

	StepStandard toStandard() {
		return new StepStandard(step(), name, actors(), standard());
	}
}
