package id.warta.organization.internal;

import java.time.Clock;
import java.util.EnumSet;

import id.warta.organization.FirstAdministratorCreated;
import id.warta.organization.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first start of an installation. With the demo profile it loads the demo agency; otherwise it creates a
 * system administrator whose random password is written to the log once and must be
 * changed at the first login. No default password exists outside the demo.
 */
@Component
class OrganizationBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OrganizationBootstrap.class);

	private final AgencyRepository agencies;
	private final StaffAccountRepository accounts;
	private final DemoOrganization demo;
	private final OrganizationSettings settings;
	private final PasswordEncoder encoder;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Environment environment;
	private final Clock clock;

	OrganizationBootstrap(AgencyRepository agencies, StaffAccountRepository accounts, DemoOrganization demo,
			OrganizationSettings settings, PasswordEncoder encoder, ApplicationEventPublisher events,
			TransactionTemplate transactions, Environment environment, Clock clock) {
		this.agencies = agencies;
		this.accounts = accounts;
		this.demo = demo;
		this.settings = settings;
		this.encoder = encoder;
		this.events = events;
		this.transactions = transactions;
		this.environment = environment;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			transactions.executeWithoutResult(status -> {
				if (environment.matchesProfiles("demo")) {
					demo.loadIfEmpty();
				}
				else {
					createFirstAdministratorIfEmpty();
				}
			});
		}
		catch (DataIntegrityViolationException e) {
			// Another node started at the same moment and did the first start; its work stands.
			log.info("First start already done by another node");
		}
	}

	private void createFirstAdministratorIfEmpty() {
		if (accounts.count() > 0) {
			return;
		}
		Agency agency = agencies.findFirstByOrderByIdAsc().orElseThrow();
		String password = OneTimePasswords.generate();
		var admin = new StaffAccount(agency.getId(), settings.firstAdministrator(), encoder.encode(password),
				"Administrator Sistem", EnumSet.of(Role.SYSTEM_ADMIN), clock.instant());
		admin.setOneTimePassword(admin.getPasswordHash(), clock.instant());
		accounts.saveAndFlush(admin);
		events.publishEvent(new FirstAdministratorCreated("sistem", admin.getId(), admin.getUsername()));
		log.warn("First start: system administrator '{}' created with one-time password {} "
				+ "(shown only now; it must be changed at the first login)", admin.getUsername(), password);
	}
}
