package id.warta.sop.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.warta.sop.SopDefinition;
import id.warta.sop.SopStep;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A stored version of the SOP. Immutable: no method changes it after it was created. */
@Entity
@Table(name = "sop_version")
public class SopVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long agencyId;
	@Column(name = "version_number")
	private int number;
	private LocalDate effectiveFrom;
	private String note;
	private String createdBy;
	private Instant createdAt;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sop_step", joinColumns = @JoinColumn(name = "sop_version_id"))
	@OrderBy("number")
	private List<StepDefinition> steps = new ArrayList<>();

	protected SopVersion() {
	}

	SopVersion(long agencyId, int number, LocalDate effectiveFrom, String note, String createdBy, Instant createdAt,
			List<StepDefinition> steps) {
		this.agencyId = agencyId;
		this.number = number;
		this.effectiveFrom = effectiveFrom;
		this.note = note;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.steps = new ArrayList<>(steps);
	}

	public Long getId() {
		return id;
	}

	public int getNumber() {
		return number;
	}

	public LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	StepDefinition step(SopStep step) {
		return steps.stream()
			.filter(definition -> definition.step() == step)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("SOP version " + number + " lacks step " + step));
	}

	SopDefinition definition() {
		return new SopDefinition(id, number, effectiveFrom, note, createdBy, createdAt,
				steps.stream().map(StepDefinition::toStandard).toList());
	}
}
