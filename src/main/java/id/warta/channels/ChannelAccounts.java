package id.warta.channels;

import java.util.List;
import java.util.Optional;

import id.warta.newsroom.Channel;

/** The agency's connected accounts, for the dispatcher and the back office. */
public interface ChannelAccounts {

	/** The connected, usable account of a channel with its token decrypted; empty when none or it needs reconnecting. */
	Optional<ChannelCredentials> credentials(Channel channel);

	/** The platform refused the token: the account is marked "perlu dihubungkan ulang" and staff are told. */
	void tokenRejected(long accountId, String platformMessage);

	/** Every channel and the state of its account, for lists and the status board. */
	List<AccountStatus> statuses();

	/** A channel's account as staff see it; never a token. */
	record AccountStatus(Channel channel, boolean connected, boolean needsReconnect, String name,
			java.time.Instant expiresAt) {
	}
}
