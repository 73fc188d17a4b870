package id.warta.organization.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A division (bidang), the secretariat or a technical unit (UPTD) of the agency. */
@Entity
public class Division {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long agencyId;
	private String slug;
	private String name;
	private String description;
	private boolean active = true;
	@Version
	private long version;

	protected Division() {
	}

	public Division(long agencyId, String slug, String name, String description) {
		this.agencyId = agencyId;
		this.slug = slug;
		this.name = name;
		this.description = description;
	}

	void rename(String slug, String name, String description) {
		this.slug = slug;
		this.name = name;
		this.description = description;
	}

	void setActive(boolean active) {
		this.active = active;
	}

	public Long getId() {
		return id;
	}

	public long getAgencyId() {
		return agencyId;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public boolean isActive() {
		return active;
	}

	public long getVersion() {
		return version;
	}
}
