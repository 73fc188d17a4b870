package id.warta.channels;

import java.time.Duration;

/**
 * A platform refused or did not answer. The kind decides what the dispatcher does: wait and retry, stop with the
 * platform's reason, ask for the account to be connected again, or reconcile before anything else.
 */
public class ChannelFailure extends RuntimeException {

	public enum Kind {
		/** 5xx, 429, throttling: try again later, after {@link #retryAfter()} when the platform says. */
		TRANSIENT,
		/** Policy, invalid media, duplicate content: trying again will not help. */
		PERMANENT,
		/** The token expired or was revoked: "perlu dihubungkan ulang". */
		TOKEN,
		/** No answer to the call that makes the post public: it may or may not be public. */
		AMBIGUOUS
	}

	private final Kind kind;
	private final Duration retryAfter;
	private final String messageKey;
	private final String platformMessage;

	/**
	 * @param messageKey what happened, in the message bundles (Indonesian first)
	 * @param platformMessage the platform's own words and code, for the status board
	 */
	public ChannelFailure(Kind kind, String messageKey, String platformMessage, Duration retryAfter) {
		super(kind + " " + messageKey + ": " + platformMessage);
		this.kind = kind;
		this.messageKey = messageKey;
		this.platformMessage = platformMessage;
		this.retryAfter = retryAfter;
	}

	public static ChannelFailure transientFailure(String platformMessage, Duration retryAfter) {
		return new ChannelFailure(Kind.TRANSIENT, "channel.failure.transient", platformMessage, retryAfter);
	}

	public static ChannelFailure permanent(String messageKey, String platformMessage) {
		return new ChannelFailure(Kind.PERMANENT, messageKey, platformMessage, null);
	}

	public static ChannelFailure token(String platformMessage) {
		return new ChannelFailure(Kind.TOKEN, "channel.failure.token", platformMessage, null);
	}

	public static ChannelFailure ambiguous(String platformMessage) {
		return new ChannelFailure(Kind.AMBIGUOUS, "channel.failure.ambiguous", platformMessage, null);
	}

	public Kind kind() {
		return kind;
	}

	/** How long the platform asked us to wait; null when it did not say. */
	public Duration retryAfter() {
		return retryAfter;
	}

	public String messageKey() {
		return messageKey;
	}

	public String platformMessage() {
		return platformMessage;
	}
}
