package id.warta.channels.internal;

import java.time.Instant;

import id.warta.newsroom.Channel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** The agency's account on one platform. Tokens are stored encrypted ({@link TokenCipher}); never shown. */
@Entity
class ChannelAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long agencyId;
	@Enumerated(EnumType.STRING)
	private Channel channel;
	private String name;
	private String accountRef;
	private String handle;
	private String accessToken;
	private String refreshToken;
	private Instant expiresAt;
	private Instant refreshExpiresAt;
	private boolean needsReconnect;
	private String reconnectReason;
	private Instant reconnectNoticeAt;
	private String connectedBy;
	private Instant connectedAt;
	@Version
	private long version;

	protected ChannelAccount() {
	}

	ChannelAccount(long agencyId, Channel channel) {
		this.agencyId = agencyId;
		this.channel = channel;
	}

	void connect(String name, String accountRef, String handle, String accessToken, String refreshToken,
			Instant expiresAt, Instant refreshExpiresAt, String by, Instant at) {
		this.name = name;
		this.accountRef = accountRef;
		this.handle = handle;
		this.accessToken = accessToken;
		this.refreshToken = refreshToken;
		this.expiresAt = expiresAt;
		this.refreshExpiresAt = refreshExpiresAt;
		this.needsReconnect = false;
		this.reconnectReason = null;
		this.reconnectNoticeAt = null;
		this.connectedBy = by;
		this.connectedAt = at;
	}

	void refreshed(String accessToken, String refreshToken, Instant expiresAt, Instant refreshExpiresAt) {
		this.accessToken = accessToken;
		if (refreshToken != null) {
			// Rotating refresh tokens (TikTok, X): the newest is the only one that works.
			this.refreshToken = refreshToken;
		}
		this.expiresAt = expiresAt;
		if (refreshExpiresAt != null) {
			this.refreshExpiresAt = refreshExpiresAt;
		}
	}

	void needsReconnect(String reason) {
		this.needsReconnect = true;
		this.reconnectReason = reason;
	}

	void noticeSent(Instant at) {
		this.reconnectNoticeAt = at;
	}

	Long getId() {
		return id;
	}

	long getAgencyId() {
		return agencyId;
	}

	Channel getChannel() {
		return channel;
	}

	String getName() {
		return name;
	}

	String getAccountRef() {
		return accountRef;
	}

	String getHandle() {
		return handle;
	}

	String getAccessToken() {
		return accessToken;
	}

	String getRefreshToken() {
		return refreshToken;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}

	boolean isNeedsReconnect() {
		return needsReconnect;
	}

	String getReconnectReason() {
		return reconnectReason;
	}

	Instant getReconnectNoticeAt() {
		return reconnectNoticeAt;
	}

	boolean isConnected() {
		return accessToken != null;
	}
}
