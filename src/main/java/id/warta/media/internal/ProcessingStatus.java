package id.warta.media.internal;

/** Where the background processing of an original stands. */
public enum ProcessingStatus {
	/** Waiting for a worker. */
	PENDING,
	/** A worker has taken it. */
	PROCESSING,
	/** Facts read and renditions made. */
	DONE,
	/** The file could not be processed; the reason is kept. The original is kept and can still be served. */
	FAILED,
	/** No processor (or no tool on this machine) for this type: the original is served as it is. */
	UNSUPPORTED
}
