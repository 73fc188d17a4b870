package id.warta.organization.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import id.warta.organization.Agencies;
import id.warta.organization.AgencyProfile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency this installation serves. One agency for now; every query still names it, so that serving several
 * agencies by host name later changes this class and not its callers. The profile is read on every page, so it
 * is kept in memory for a short while: a change on this node shows at once, on other nodes within 30 seconds.
 */
@Service
public class CurrentAgency implements Agencies {

	private static final Duration FRESH = Duration.ofSeconds(30);

	private final AgencyRepository agencies;
	private final Clock clock;
	private volatile Cached cached;

	private record Cached(AgencyProfile profile, Instant loadedAt) {
	}

	CurrentAgency(AgencyRepository agencies, Clock clock) {
		this.agencies = agencies;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public AgencyProfile current() {
		Cached now = cached;
		if (now == null || now.loadedAt().plus(FRESH).isBefore(clock.instant())) {
			now = new Cached(agency().profile(), clock.instant());
			cached = now;
		}
		return now.profile();
	}

	long id() {
		return current().id();
	}

	/** Forget the kept profile after a change, so that the next page shows it. */
	void changed() {
		cached = null;
	}

	Agency agency() {
		return agencies.findFirstByOrderByIdAsc()
			.orElseThrow(() -> new IllegalStateException("No agency: the database was not migrated"));
	}
}
