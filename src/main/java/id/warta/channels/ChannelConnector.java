package id.warta.channels;

import id.warta.newsroom.Channel;

/**
 * Posts to one platform, following its contract in {@code channels/API-CONTRACTS.md}. A connector does the whole
 * job: media upload, processing-status polling, the call that makes the post public, and fetching the permalink.
 * <p>
 * Never twice: before the call that makes a post public, a connector calls {@link Progress#beforePublicStep};
 * after it, every id it learns goes through {@link Progress#save} before the next call. When a failure leaves it
 * unclear whether the post went public, the connector throws {@link ChannelFailure.Kind#AMBIGUOUS}, and the
 * dispatcher asks {@link #reconcile} instead of trying again.
 */
public interface ChannelConnector {

	Channel channel();

	/** Posts, resuming from what {@code progress} already holds (a container, an upload session). */
	Posted publish(Post post, ChannelCredentials credentials, Progress progress);

	/**
	 * After an ambiguous failure or a crash past {@link Progress#beforePublicStep}: finds out whether the post is
	 * public, as the contracts' reconciliation table says for this platform.
	 */
	Reconciliation reconcile(Post post, ChannelCredentials credentials, Progress progress);

	/** Whether the platform's API lets the post be removed; where not, staff remove it by hand. */
	default boolean canWithdraw() {
		return false;
	}

	/** Removes a post; only called when {@link #canWithdraw()}. */
	default void withdraw(Posted post, ChannelCredentials credentials) {
		throw new UnsupportedOperationException(channel() + " posts are removed by hand");
	}
}
