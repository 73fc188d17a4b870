package id.warta.newsroom.internal;

import java.util.ArrayList;
import java.util.List;

import id.warta.newsroom.PublicStory;
import id.warta.newsroom.PublishedSealCheck;
import id.warta.newsroom.PublishedStories;
import id.warta.newsroom.StoryType;
import id.warta.organization.Agencies;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-verifies every published revision once a day, at night in Jakarta. A page checks its own seal only when
 * someone reads it; a tampered story nobody opens would otherwise go unnoticed. Each story goes through the same
 * check the website uses ({@link PublishedStories#find}), which raises the tamper alarm for a mismatch.
 */
@Component
class DailySealCheck implements PublishedSealCheck {

	private static final Logger log = LoggerFactory.getLogger(DailySealCheck.class);

	private final EntityManager entities;
	private final PublishedStories published;
	private final Agencies agencies;

	DailySealCheck(EntityManager entities, PublishedStories published, Agencies agencies) {
		this.entities = entities;
		this.published = published;
		this.agencies = agencies;
	}

	@Scheduled(cron = "${warta.site.integrity-check-cron:0 0 2 * * *}", zone = "Asia/Jakarta")
	void run() {
		verifyAll();
	}

	@Override
	public Report verifyAll() {
		List<Long> tampered = new ArrayList<>();
		List<Object[]> addresses = publishedAddresses();
		for (Object[] address : addresses) {
			long id = (Long) address[0];
			boolean intact = published.find((StoryType) address[1], (String) address[2])
				.filter(story -> story.id() == id)
				.map(PublicStory::intact)
				// Another story holds this address: the website does not show this one there, so nothing to withhold.
				.orElse(true);
			if (!intact) {
				tampered.add(id);
			}
		}
		if (tampered.isEmpty()) {
			log.info("Seal check: all {} published stories match what was approved", addresses.size());
		}
		else {
			log.error("Seal check: {} of {} published stories do not match what was approved and are withheld: {}",
					tampered.size(), addresses.size(), tampered);
		}
		return new Report(addresses.size(), List.copyOf(tampered));
	}

	/** Id, type and slug of every published story: only the address, so that no story is loaded twice. */
	private List<Object[]> publishedAddresses() {
		return entities.createQuery("""
				select s.id, s.type, r.slug from Story s join s.revisions r
				where s.agencyId = :agencyId and s.publishedRevision is not null and r.number = s.publishedRevision
				  and s.state <> id.warta.newsroom.StoryState.WITHDRAWN
				order by s.id""", Object[].class).setParameter("agencyId", agencies.current().id()).getResultList();
	}
}
