package id.warta.publishing;

/** Where one story's post on one channel stands. */
public enum PublicationState {

	/** Waiting for its (next) attempt. */
	QUEUED,
	/** A node is sending it now. */
	SENDING,
	PUBLISHED,
	/** Stopped: the platform refused for a reason that retrying will not fix, or attempts ran out. */
	FAILED,
	/** The account must be connected again before it can go. */
	NEEDS_RECONNECT,
	/** It may or may not be public: a person must look on the platform. */
	NEEDS_CHECK,
	/** Stopped by staff; may be retried. */
	CANCELLED,
	/** Staff decided this channel does not get this story, with a reason. */
	SKIPPED,
	/** Removed from the platform after the story was withdrawn. */
	WITHDRAWN,
	/** The story was withdrawn but this platform's post must be removed by hand. */
	REMOVE_BY_HAND;

	/** Whether step 4 counts this channel as done. */
	public boolean settlesStep() {
		return this == PUBLISHED || this == SKIPPED;
	}

	public String labelKey() {
		return "publication.state." + name();
	}
}
