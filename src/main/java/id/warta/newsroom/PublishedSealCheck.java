package id.warta.newsroom;

import java.util.List;

/** Re-verifies every published revision against its approved hash and seal, as the daily integrity check does. */
public interface PublishedSealCheck {

	/** Checks every published story of the agency; each one that fails raises the tamper alarm. */
	Report verifyAll();

	/** How many published stories were checked, and the ids of those that failed. */
	record Report(int checked, List<Long> tampered) {
	}
}
