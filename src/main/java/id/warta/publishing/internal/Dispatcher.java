package id.warta.publishing.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.warta.channels.ChannelAccounts;
import id.warta.channels.ChannelConnector;
import id.warta.channels.ChannelCredentials;
import id.warta.channels.ChannelFailure;
import id.warta.channels.Post;
import id.warta.channels.Posted;
import id.warta.channels.Reconciliation;
import id.warta.newsroom.Channel;
import id.warta.newsroom.ChannelCopy;
import id.warta.newsroom.PublishedStories;
import id.warta.publishing.PublicationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due publications, one at a time per node. Each attempt is recorded before the platform is called; a
 * publication whose earlier attempt reached the step that makes a post public is reconciled, never sent again
 * blindly; what cannot be settled either way waits for a person ("perlu dicek").
 */
@Component
public class Dispatcher {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
	/** At most this many publications per poll, so that one node does not hold the scheduler thread too long. */
	static final int PER_POLL = 20;
	/** How many times a post waits for its media to be processed before it is reported as failed. */
	static final int MEDIA_WAITS = 200;

	private final PublicationQueue queue;
	private final PublishedStories stories;
	private final ChannelAccounts accounts;
	private final PostAssembler assembler;
	private final PublishingSettings settings;
	private final Clock clock;
	private final Map<Channel, ChannelConnector> connectors;
	private final String node;

	Dispatcher(PublicationQueue queue, PublishedStories stories, ChannelAccounts accounts, PostAssembler assembler,
			PublishingSettings settings, Clock clock, List<ChannelConnector> connectors) {
		this.queue = queue;
		this.stories = stories;
		this.accounts = accounts;
		this.assembler = assembler;
		this.settings = settings;
		this.clock = clock;
		this.connectors = connectors.stream().collect(Collectors.toMap(ChannelConnector::channel, Function.identity()));
		this.node = settings.node().isBlank() ? hostName() + "-" + UUID.randomUUID().toString().substring(0, 8)
				: settings.node();
	}

	@Scheduled(fixedDelayString = "${warta.publishing.poll-interval:2s}", initialDelayString = "5s")
	public void dispatchDue() {
		if (!settings.dispatch()) {
			return;
		}
		for (int i = 0; i < PER_POLL; i++) {
			Optional<Claim> claim = queue.claim(node, settings.lease());
			if (claim.isEmpty()) {
				return;
			}
			dispatch(claim.get());
		}
	}

	String node() {
		return node;
	}

	private void dispatch(Claim claim) {
		Publication publication = claim.publication();
		try {
			ChannelConnector connector = connectors.get(publication.channel());
			if (connector == null) {
				end(claim, claim.stop(PublicationState.FAILED, "publication.noConnector", publication.channel().name()));
				return;
			}
			Optional<ChannelCopy> copy = stories.channelCopy(publication.storyId());
			if (copy.isEmpty() || !copy.get().intact() || !copy.get().contentHash().equals(publication.contentHash())) {
				// Withdrawn, tampered with, or no longer the approved revision it was queued for.
				end(claim, claim.stop(PublicationState.FAILED, "publication.notApproved", null));
				return;
			}
			// The channel's rules first: a post that can never go is not sent to "reconnect the account".
			Post post = assembler.assemble(publication.id(), copy.get(), publication.channel());
			List<String> problems = PostAssembler.problems(post, publication.channel());
			if (!problems.isEmpty()) {
				end(claim, claim.stop(PublicationState.FAILED, problems.get(0), String.join(", ", problems)));
				return;
			}
			Optional<ChannelCredentials> credentials = accounts.credentials(publication.channel());
			if (credentials.isEmpty()) {
				end(claim, claim.stop(PublicationState.NEEDS_RECONNECT, "publication.notConnected", null));
				return;
			}
			send(claim, connector, post, credentials.get());
		}
		catch (StoredProgress.LeaseLost lost) {
			queue.leaseLost(claim, node, "stopped mid-way: " + lost.getMessage());
		}
		catch (ChannelFailure notYet) {
			// Raised before anything was sent: the media are still being processed. Waiting for them does not use
			// up the attempts meant for a failing platform, within a bound.
			if (claim.attemptNumber() > MEDIA_WAITS) {
				end(claim, claim.stop(PublicationState.FAILED, "publication.mediaNotReady", notYet.platformMessage()));
			}
			else {
				end(claim, claim.postpone(clock.instant().plus(settings.firstRetry().multipliedBy(2)),
						notYet.platformMessage()));
			}
		}
		catch (RuntimeException unexpected) {
			log.error("Publication {} failed unexpectedly", publication.id(), unexpected);
			retryOrFail(claim, ChannelFailure.transientFailure(unexpected.toString(), null));
		}
	}

	private void send(Claim claim, ChannelConnector connector, Post post,
			ChannelCredentials credentials) {
		StoredProgress progress = new StoredProgress(queue, claim.publication(), claim.leaseOwner(node), settings.lease());
		if (progress.publicStepSent()
				&& !reconciled(claim, connector, post, credentials, progress, "earlier attempt interrupted")) {
			return;
		}
		try {
			Posted posted = connector.publish(post, credentials, progress);
			end(claim, claim.published(posted, null, clock.instant()));
		}
		catch (ChannelFailure failure) {
			if (failure.kind() != ChannelFailure.Kind.AMBIGUOUS && progress.publicStepSent()) {
				// The platform answered, and its answer was a refusal: nothing went public.
				progress.clearPublicStep();
			}
			switch (failure.kind()) {
				case AMBIGUOUS -> {
					if (reconciled(claim, connector, post, credentials, progress, failure.platformMessage())) {
						// Certainly not public: the next attempt may send again.
						retryOrFail(claim, failure);
					}
				}
				case TRANSIENT -> retryOrFail(claim, failure);
				case TOKEN -> {
					accounts.tokenRejected(credentials.accountId(), failure.platformMessage());
					end(claim, claim.stop(PublicationState.NEEDS_RECONNECT, failure.messageKey(),
							failure.platformMessage()));
				}
				case PERMANENT -> end(claim, claim.stop(PublicationState.FAILED, failure.messageKey(),
						failure.platformMessage()));
			}
		}
	}

	/**
	 * Asks the platform whether an earlier call made the post public. True when it certainly did not (sending is
	 * safe); otherwise the publication is settled here, as published or as needing a person.
	 */
	private boolean reconciled(Claim claim, ChannelConnector connector, Post post,
			ChannelCredentials credentials, StoredProgress progress, String why) {
		Reconciliation found;
		try {
			found = connector.reconcile(post, credentials, progress);
		}
		catch (ChannelFailure failure) {
			if (failure.kind() == ChannelFailure.Kind.TRANSIENT) {
				// Ask again later; never send meanwhile.
				end(claim, claim.retryLater(clock.instant().plus(Backoff.after(claim.publication().attempts(),
						failure.retryAfter(), settings.firstRetry(), settings.maxRetry())), "publication.reconciling",
						failure.platformMessage()));
				return false;
			}
			found = Reconciliation.unknown();
		}
		switch (found.outcome()) {
			case PUBLISHED -> {
				end(claim, claim.published(found.posted(), "reconciled", clock.instant()));
				return false;
			}
			case NOT_PUBLISHED -> {
				progress.clearPublicStep();
				return true;
			}
			default -> {
				end(claim, claim.stop(PublicationState.NEEDS_CHECK, "publication.needsCheck", why));
				return false;
			}
		}
	}

	private void retryOrFail(Claim claim, ChannelFailure failure) {
		int attempts = claim.publication().attempts();
		if (attempts >= settings.maxAttempts()) {
			end(claim, claim.stop(PublicationState.FAILED, "publication.attemptsExhausted", failure.platformMessage()));
			return;
		}
		end(claim, claim.retryLater(
				clock.instant().plus(Backoff.after(attempts, failure.retryAfter(), settings.firstRetry(),
						settings.maxRetry())),
				failure.messageKey(), failure.platformMessage()));
	}

	/** Writes how the claim ended; a claim that lost its lease leaves the row to its new holder. */
	private void end(Claim claim, Claim.Ending ending) {
		queue.finish(claim, node, ending);
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException unknown) {
			return "node";
		}
	}
}
