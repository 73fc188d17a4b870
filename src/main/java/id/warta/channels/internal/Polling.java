package id.warta.channels.internal;

import java.time.Duration;

import id.warta.channels.ChannelFailure;

/** The wait between two looks at a platform's processing of a post. */
public final class Polling {

	private Polling() {
	}

	/** Sleeps for the interval; an interrupted wait (the node stopping) is a transient failure. */
	public static void pause(Duration interval, String what) {
		try {
			Thread.sleep(interval.toMillis());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw ChannelFailure.transientFailure("interrupted while " + what, null);
		}
	}
}
