package id.warta.sop.internal;

import java.time.Instant;
import java.time.LocalDate;

import id.warta.sop.HolidayKind;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A date without working time: a national holiday or a collective-leave day. */
@Entity
@Table(name = "sop_holiday")
public class Holiday {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long agencyId;
	@Column(name = "holiday_date")
	private LocalDate date;
	private String name;
	@Convert(converter = HolidayKindConverter.class)
	private HolidayKind kind;
	private String createdBy;
	private Instant createdAt;

	protected Holiday() {
	}

	Holiday(long agencyId, LocalDate date, String name, HolidayKind kind, String createdBy, Instant createdAt) {
		this.agencyId = agencyId;
		this.date = date;
		this.name = name;
		this.kind = kind;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public LocalDate getDate() {
		return date;
	}

	public String getName() {
		return name;
	}

	public HolidayKind getKind() {
		return kind;
	}

	public String getCreatedBy() {
		return createdBy;
	}
}
