package id.warta.channels;

import java.util.Optional;

/**
 * What a publication has reached on its platform, kept in the database and committed at once, so that a crash
 * or a second node resumes from it instead of starting over.
 */
public interface Progress {

	Optional<String> get(String key);

	/** Keeps a value (a container id, an upload session, a publish id) before the connector goes on. */
	void save(String key, String value);

	/**
	 * Records that the call which makes the post public is about to be sent. From here on, any doubt is settled
	 * by {@link ChannelConnector#reconcile}, never by sending again.
	 */
	void beforePublicStep();

	/** Whether an earlier attempt got as far as the call that makes the post public. */
	boolean publicStepSent();
}
