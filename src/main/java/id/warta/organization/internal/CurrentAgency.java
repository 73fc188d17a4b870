package id.warta.organization.internal;

import id.warta.organization.Agencies;
import id.warta.organization.AgencyProfile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency this installation serves. One agency for now; every query still names it, so that serving several
 * agencies by host name later changes this class and not its callers.
 */
@Service
public class CurrentAgency implements Agencies {

	private final AgencyRepository agencies;

	CurrentAgency(AgencyRepository agencies) {
		this.agencies = agencies;
	}

	@Override
	@Transactional(readOnly = true)
	public AgencyProfile current() {
		return agency().profile();
	}

	long id() {
		return agency().getId();
	}

	Agency agency() {
		return agencies.findFirstByOrderByIdAsc()
			.orElseThrow(() -> new IllegalStateException("No agency: the database was not migrated"));
	}
}
