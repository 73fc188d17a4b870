package id.warta.channels.internal;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import id.warta.newsroom.Channel;

/**
 * How staff connect an account on one platform through its OAuth authorisation-code flow, and how its token is
 * refreshed where the platform allows. One per platform, beside its connector.
 */
public interface ChannelAuthorization {

	Channel channel();

	/** Whether the platform wants PKCE (X, TikTok) besides {@code state}. */
	default boolean usesPkce() {
		return false;
	}

	/** The platform's consent page for the agency's app. */
	URI authorizeUrl(String state, String codeChallenge, URI redirect);

	/**
	 * Trades the code for tokens and finds the accounts they can post as (a Facebook Page, an Instagram account);
	 * the first is used when there is one.
	 */
	List<Grant> exchange(String code, String codeVerifier, URI redirect);

	/** A fresh token where the platform allows refreshing; empty where staff must connect again. */
	default Optional<Grant> refresh(Grant current) {
		return Optional.empty();
	}

	/**
	 * Tokens and the account they act for.
	 *
	 * @param expiresIn seconds, as the platform said; null when the token does not expire
	 */
	record Grant(String name, String accountRef, String handle, String accessToken, String refreshToken,
			Long expiresIn, Long refreshExpiresIn) {

		@Override
		public String toString() {
			return "Grant[" + name + ", " + accountRef + "]";
		}
	}
}
