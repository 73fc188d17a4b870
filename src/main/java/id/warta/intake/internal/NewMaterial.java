package id.warta.intake.internal;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/** What a contributor sends: the description of the activity and its files. */
public record NewMaterial(String title, String description, Instant activityAt, String place, Long divisionId,
		String noteToAdmin, List<Upload> files) {

	/** One file as it arrives, with its caption. */
	public record Upload(String name, long size, InputStream content, String caption) {
	}
}
