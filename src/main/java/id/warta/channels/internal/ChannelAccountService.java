package id.warta.channels.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.warta.audit.AuditTrail;
import id.warta.channels.ChannelAccountChanged;
import id.warta.channels.ChannelAccounts;
import id.warta.channels.ChannelCredentials;
import id.warta.channels.ChannelFailure;
import id.warta.newsroom.Channel;
import id.warta.organization.Agencies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency's channel accounts: connecting, encrypted tokens, refreshing before they expire, and telling staff
 * when an account must be connected again (7 days before a token that cannot be refreshed expires, and at once
 * when a platform refuses one).
 */
@Service
public class ChannelAccountService implements ChannelAccounts {

	private static final Logger log = LoggerFactory.getLogger(ChannelAccountService.class);

	/** Refresh a token that expires within this, rather than let a post fail on it. */
	static final Duration REFRESH_AHEAD = Duration.ofMinutes(10);
	static final Duration NOTICE_AHEAD = Duration.ofDays(7);

	private final ChannelAccountRepository accounts;
	private final TokenCipher cipher;
	private final Agencies agencies;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Map<Channel, ChannelAuthorization> authorizations;

	ChannelAccountService(ChannelAccountRepository accounts, TokenCipher cipher, Agencies agencies,
			ApplicationEventPublisher events, Clock clock, List<ChannelAuthorization> authorizations) {
		this.accounts = accounts;
		this.cipher = cipher;
		this.agencies = agencies;
		this.events = events;
		this.clock = clock;
		this.authorizations = authorizations.stream()
			.collect(Collectors.toMap(ChannelAuthorization::channel, Function.identity()));
	}

	@Override
	@Transactional
	public Optional<ChannelCredentials> credentials(Channel channel) {
		return accounts.findByAgencyIdAndChannel(agencies.current().id(), channel)
			.filter(ChannelAccount::isConnected)
			.filter(account -> !account.isNeedsReconnect())
			.map(account -> {
				if (account.getExpiresAt() != null
						&& account.getExpiresAt().isBefore(clock.instant().plus(REFRESH_AHEAD))) {
					refresh(account);
				}
				return account;
			})
			.filter(account -> !account.isNeedsReconnect())
			.map(account -> new ChannelCredentials(account.getId(), account.getAccountRef(), account.getHandle(),
					cipher.decrypt(account.getAccessToken(), purpose(account.getChannel(), "access"))));
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void tokenRejected(long accountId, String platformMessage) {
		accounts.findById(accountId).ifPresent(account -> {
			if (!account.isNeedsReconnect()) {
				account.needsReconnect(platformMessage);
				account.noticeSent(clock.instant());
				events.publishEvent(new ChannelAccountChanged(AuditTrail.SYSTEM, account.getChannel(),
						ChannelAccountChanged.Change.RECONNECT_NEEDED, platformMessage));
			}
		});
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccountStatus> statuses() {
		Map<Channel, ChannelAccount> byChannel = accounts.findByAgencyId(agencies.current().id())
			.stream()
			.collect(Collectors.toMap(ChannelAccount::getChannel, Function.identity()));
		List<AccountStatus> statuses = new ArrayList<>();
		for (Channel channel : Channel.values()) {
			if (channel == Channel.WEBSITE) {
				continue;
			}
			ChannelAccount account = byChannel.get(channel);
			statuses.add(account == null ? new AccountStatus(channel, false, false, null, null)
					: new AccountStatus(channel, account.isConnected() && !account.isNeedsReconnect(),
							account.isNeedsReconnect(), account.getName(), account.getExpiresAt()));
		}
		return statuses;
	}

	/** Stores a newly granted account, replacing the channel's earlier one. */
	@Transactional
	public void connect(Channel channel, ChannelAuthorization.Grant grant, String by) {
		long agency = agencies.current().id();
		ChannelAccount account = accounts.findByAgencyIdAndChannel(agency, channel)
			.orElseGet(() -> new ChannelAccount(agency, channel));
		Instant now = clock.instant();
		account.connect(grant.name(), grant.accountRef(), grant.handle(),
				cipher.encrypt(grant.accessToken(), purpose(channel, "access")),
				cipher.encrypt(grant.refreshToken(), purpose(channel, "refresh")), expiry(now, grant.expiresIn()),
				expiry(now, grant.refreshExpiresIn()), by, now);
		accounts.save(account);
		events.publishEvent(new ChannelAccountChanged(by, channel, ChannelAccountChanged.Change.CONNECTED, null));
	}

	@Transactional
	public void disconnect(Channel channel, String by) {
		accounts.findByAgencyIdAndChannel(agencies.current().id(), channel).ifPresent(account -> {
			accounts.delete(account);
			events.publishEvent(
					new ChannelAccountChanged(by, channel, ChannelAccountChanged.Change.DISCONNECTED, null));
		});
	}

	/**
	 * Hourly: refreshes tokens that expire within a week where the platform allows, and warns once about those
	 * that cannot be refreshed (Facebook's long-lived tokens, an expired refresh token).
	 */
	@Scheduled(fixedDelayString = "${warta.channels.expiry-check-interval:1h}", initialDelayString = "1m")
	@Transactional
	public void checkExpiries() {
		Instant soon = clock.instant().plus(NOTICE_AHEAD);
		for (ChannelAccount account : accounts.findByAgencyId(agencies.current().id())) {
			if (account.isNeedsReconnect() || account.getExpiresAt() == null || account.getExpiresAt().isAfter(soon)) {
				continue;
			}
			boolean refreshed = refresh(account);
			// Refreshable tokens (X, TikTok, YouTube, Threads) are simply refreshed; only one that cannot be warns.
			if (!refreshed && !account.isNeedsReconnect() && account.getExpiresAt().isBefore(soon)
					&& account.getReconnectNoticeAt() == null) {
				account.noticeSent(clock.instant());
				events.publishEvent(new ChannelAccountChanged(AuditTrail.SYSTEM, account.getChannel(),
						ChannelAccountChanged.Change.RECONNECT_NEEDED, "expires " + account.getExpiresAt()));
			}
		}
	}

	/** Whether the token was refreshed; false where the platform does not allow it or it failed. */
	private boolean refresh(ChannelAccount account) {
		ChannelAuthorization authorization = authorizations.get(account.getChannel());
		if (authorization == null) {
			return false;
		}
		var current = new ChannelAuthorization.Grant(account.getName(), account.getAccountRef(), account.getHandle(),
				cipher.decrypt(account.getAccessToken(), purpose(account.getChannel(), "access")),
				cipher.decrypt(account.getRefreshToken(), purpose(account.getChannel(), "refresh")), null, null);
		try {
			var granted = authorization.refresh(current);
			granted.ifPresent(fresh -> {
				Instant now = clock.instant();
				account.refreshed(cipher.encrypt(fresh.accessToken(), purpose(account.getChannel(), "access")),
						cipher.encrypt(fresh.refreshToken(), purpose(account.getChannel(), "refresh")),
						expiry(now, fresh.expiresIn()), expiry(now, fresh.refreshExpiresIn()));
				events.publishEvent(new ChannelAccountChanged(AuditTrail.SYSTEM, account.getChannel(),
						ChannelAccountChanged.Change.REFRESHED, null));
			});
			return granted.isPresent();
		}
		catch (ChannelFailure failure) {
			if (failure.kind() == ChannelFailure.Kind.TRANSIENT) {
				// The platform was busy or did not answer: the token stands until it expires; tried again later.
				log.warn("Refreshing the {} token did not go through: {}", account.getChannel(), failure.getMessage());
				return true;
			}
			refusedRefresh(account, failure);
		}
		catch (RuntimeException refused) {
			refusedRefresh(account, refused);
		}
		return false;
	}

	private void refusedRefresh(ChannelAccount account, RuntimeException refused) {
		log.warn("Refreshing the {} token failed: {}", account.getChannel(), refused.getMessage());
		account.needsReconnect(refused.getMessage());
		account.noticeSent(clock.instant());
		events.publishEvent(new ChannelAccountChanged(AuditTrail.SYSTEM, account.getChannel(),
				ChannelAccountChanged.Change.RECONNECT_NEEDED, refused.getMessage()));
	}

	private static Instant expiry(Instant now, Long seconds) {
		return seconds == null ? null : now.plusSeconds(seconds);
	}

	/** Binds each encrypted value to its channel and column. */
	private static String purpose(Channel channel, String column) {
		return "channel-token:" + channel.name() + ":" + column;
	}
}
