package id.warta.organization.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import id.warta.organization.DivisionCreated;
import id.warta.organization.DivisionUpdated;
import id.warta.platform.Slugs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The system administrator's work on divisions. A division that is no longer used is deactivated, not deleted:
 * its material and stories keep pointing at it.
 */
@Service
@Transactional
public class DivisionAdministration {

	/** Divisions' URL names are short: they stand in the public site's addresses and feeds. */
	static final int SLUG_LENGTH = 80;

	private final DivisionRepository divisions;
	private final CurrentAgency agency;
	private final ApplicationEventPublisher events;

	DivisionAdministration(DivisionRepository divisions, CurrentAgency agency, ApplicationEventPublisher events) {
		this.divisions = divisions;
		this.agency = agency;
		this.events = events;
	}

	/** Every division, for choosing one in a form or listing them; any staff member may read them. */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	public List<Division> list() {
		return divisions.findByAgencyIdOrderByNameAsc(agency.id());
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public Division get(long id) {
		return find(id);
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public long create(String name, String slug, String description) {
		long agencyId = agency.id();
		String cleanName = requireName(name);
		String cleanSlug = slugFor(slug, cleanName);
		divisions.findByAgencyIdAndNameIgnoreCase(agencyId, cleanName).ifPresent(existing -> {
			throw new RejectedChange("name", "division.name.taken");
		});
		divisions.findByAgencyIdAndSlug(agencyId, cleanSlug).ifPresent(existing -> {
			throw new RejectedChange("slug", "division.slug.taken");
		});
		Division division = divisions.save(
				new Division(agencyId, cleanSlug, cleanName, AccountAdministration.blankToNull(description)));
		events.publishEvent(new DivisionCreated(Actors.current().getUsername(), division.getId(), cleanName));
		return division.getId();
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public void update(long id, long version, String name, String slug, String description, boolean active) {
		Division division = find(id);
		AccountAdministration.requireVersion(division.getVersion(), version);
		String cleanName = requireName(name);
		String cleanSlug = slugFor(slug, cleanName);
		divisions.findByAgencyIdAndNameIgnoreCase(division.getAgencyId(), cleanName)
			.filter(other -> !other.getId().equals(division.getId()))
			.ifPresent(other -> {
				throw new RejectedChange("name", "division.name.taken");
			});
		divisions.findByAgencyIdAndSlug(division.getAgencyId(), cleanSlug)
			.filter(other -> !other.getId().equals(division.getId()))
			.ifPresent(other -> {
				throw new RejectedChange("slug", "division.slug.taken");
			});
		String cleanDescription = AccountAdministration.blankToNull(description);
		List<String> changed = new ArrayList<>();
		if (!division.getName().equals(cleanName)) {
			changed.add("name");
		}
		if (!division.getSlug().equals(cleanSlug)) {
			changed.add("slug");
		}
		if (!Objects.equals(division.getDescription(), cleanDescription)) {
			changed.add("description");
		}
		if (division.isActive() != active) {
			changed.add("active");
		}
		if (changed.isEmpty()) {
			return;
		}
		division.rename(cleanSlug, cleanName, cleanDescription);
		division.setActive(active);
		events.publishEvent(new DivisionUpdated(Actors.current().getUsername(), id, cleanName, active, changed));
	}

	private Division find(long id) {
		return divisions.findByIdAndAgencyId(id, agency.id()).orElseThrow(() -> new NotFound("division.notFound"));
	}

	private static String requireName(String name) {
		if (name == null || name.isBlank()) {
			throw new RejectedChange("name", "division.name.required");
		}
		return name.strip();
	}

	private static String slugFor(String slug, String name) {
		String clean = Slugs.of(slug == null || slug.isBlank() ? name : slug, SLUG_LENGTH);
		if (clean.isEmpty()) {
			throw new RejectedChange("slug", "division.slug.invalid");
		}
		return clean;
	}
}
