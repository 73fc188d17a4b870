package id.warta.newsroom.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import id.warta.newsroom.PublishedContentTampered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises the alert for a tampered published revision: an audit entry (in its own transaction, since it is found
 * while reading) and an error in the log for the system administrator. At most once an hour per story and node,
 * so that visitors hitting the page cannot flood the audit trail.
 */
@Component
class TamperAlarm {

	private static final Logger log = LoggerFactory.getLogger(TamperAlarm.class);
	private static final Duration QUIET = Duration.ofHours(1);

	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Map<Long, Instant> lastRaised = new ConcurrentHashMap<>();

	TamperAlarm(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void raise(long storyId, int revision, String approvedHash, String actualHash) {
		Instant now = clock.instant();
		Instant last = lastRaised.get(storyId);
		if (last != null && last.plus(QUIET).isAfter(now)) {
			return;
		}
		lastRaised.put(storyId, now);
		log.error("Published story {} revision {} does not match its approved content or seal: withheld", storyId,
				revision);
		events.publishEvent(new PublishedContentTampered(storyId, revision, approvedHash, actualHash));
	}
}
