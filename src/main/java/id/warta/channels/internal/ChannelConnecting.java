package id.warta.channels.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.warta.newsroom.Channel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Connecting an account from the back office: the platform's consent page with a one-time {@code state} (and PKCE
 * where the platform wants it), the way back with the code, and Telegram's bot token and channel.
 */
@Service
public class ChannelConnecting {

	/** An authorisation not finished within this is forgotten. */
	static final Duration PENDING = Duration.ofMinutes(15);
	private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

	private final JdbcTemplate jdbc;
	private final ChannelAccountService accounts;
	private final Clock clock;
	private final Map<Channel, ChannelAuthorization> authorizations;
	private final ChannelSettings settings;
	private final String baseUrl;
	private final SecureRandom random = new SecureRandom();

	ChannelConnecting(JdbcTemplate jdbc, ChannelAccountService accounts, Clock clock,
			List<ChannelAuthorization> authorizations, ChannelSettings settings,
			@Value("${warta.site.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
		this.authorizations = authorizations.stream()
			.collect(Collectors.toMap(ChannelAuthorization::channel, Function.identity()));
		this.settings = settings;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** Whether the channel can be connected here: its app is configured and a way to authorise exists. */
	public boolean connectable(Channel channel) {
		return channel == Channel.TELEGRAM || (authorizations.containsKey(channel)
				&& settings.platforms().containsKey(channel.name().toLowerCase(java.util.Locale.ROOT))
				&& settings.platform(channel).configured());
	}

	/** Starts the flow: remembers a fresh state (and verifier) and answers with the platform's consent page. */
	@PreAuthorize("hasAnyRole('CONTENT_ADMIN', 'SYSTEM_ADMIN')")
	@Transactional
	public URI start(Channel channel) {
		ChannelAuthorization authorization = Optional.ofNullable(authorizations.get(channel))
			.orElseThrow(() -> new IllegalArgumentException("channel.connect.unsupported"));
		String state = token(24);
		String verifier = authorization.usesPkce() ? token(48) : null;
		jdbc.update("DELETE FROM channel_authorization_request WHERE created_at < ?",
				OffsetDateTime.ofInstant(clock.instant().minus(PENDING), ZoneOffset.UTC));
		jdbc.update("""
				INSERT INTO channel_authorization_request (state, channel, code_verifier, requested_by, created_at)
				VALUES (?, ?, ?, ?, ?)""", state, channel.name(), verifier, actor(),
				OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
		return authorization.authorizeUrl(state, verifier == null ? null : challenge(verifier), redirect(channel));
	}

	/**
	 * The way back: the state must be one this person started for this channel, unused and recent; the code is
	 * traded for tokens and the account stored. A state is used once, whatever the outcome.
	 */
	@PreAuthorize("hasAnyRole('CONTENT_ADMIN', 'SYSTEM_ADMIN')")
	@Transactional
	public void finish(Channel channel, String state, String code) {
		var pending = jdbc.queryForList("""
				SELECT code_verifier, requested_by, created_at FROM channel_authorization_request
				WHERE state = ? AND channel = ?""", state == null ? "" : state, channel.name());
		jdbc.update("DELETE FROM channel_authorization_request WHERE state = ?", state == null ? "" : state);
		if (pending.isEmpty() || !actor().equals(pending.get(0).get("requested_by"))) {
			throw new IllegalArgumentException("channel.connect.badState");
		}
		if (code == null || code.isBlank()) {
			throw new IllegalArgumentException("channel.connect.denied");
		}
		String verifier = (String) pending.get(0).get("code_verifier");
		List<ChannelAuthorization.Grant> grants = authorizations.get(channel).exchange(code, verifier, redirect(channel));
		if (grants.isEmpty()) {
			throw new IllegalArgumentException("channel.connect.noAccount");
		}
		accounts.connect(channel, grants.get(0), actor());
	}

	/** Telegram: a bot made with BotFather, added as an administrator of the channel. */
	@PreAuthorize("hasAnyRole('CONTENT_ADMIN', 'SYSTEM_ADMIN')")
	public void connectTelegram(String botToken, String chatId) {
		if (botToken == null || !botToken.strip().matches("\\d+:[A-Za-z0-9_-]{20,}")) {
			throw new IllegalArgumentException("channel.telegram.badToken");
		}
		if (chatId == null || !chatId.strip().matches("@[A-Za-z0-9_]{5,}|-100\\d+")) {
			throw new IllegalArgumentException("channel.telegram.badChat");
		}
		String chat = chatId.strip();
		accounts.connect(Channel.TELEGRAM, new ChannelAuthorization.Grant(chat, chat,
				chat.startsWith("@") ? chat.substring(1) : null, botToken.strip(), null, null, null), actor());
	}

	@PreAuthorize("hasAnyRole('CONTENT_ADMIN', 'SYSTEM_ADMIN')")
	public void disconnect(Channel channel) {
		accounts.disconnect(channel, actor());
	}

	URI redirect(Channel channel) {
		return URI.create(baseUrl + "/kanal/" + channel.name().toLowerCase(java.util.Locale.ROOT) + "/kembali");
	}

	private String token(int bytes) {
		byte[] value = new byte[bytes];
		random.nextBytes(value);
		return URL.encodeToString(value);
	}

	static String challenge(String verifier) {
		try {
			return URL.encodeToString(
					MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
		}
	}

	private static String actor() {
		return SecurityContextHolder.getContext().getAuthentication().getName();
	}
}
