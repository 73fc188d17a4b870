package id.warta.intake.internal;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/** What a contributor sends: the description of the activity and its files. */
public record NewMaterial(String title, String description, Instant activityAt, String place, Long divisionId,
		String noteToAdmin, List<Upload> files) {

	/**
	 * One file with its caption: either its content as it arrives with the form, or a media item the sender
	 * already uploaded (resumably) before sending the form.
	 */
	public record Upload(String name, long size, InputStream content, String caption, Long mediaId) {

		public Upload(String name, long size, InputStream content, String caption) {
			this(name, size, content, caption, null);
		}

		public static Upload alreadyUploaded(long mediaId, String caption) {
			return new Upload(null, 0, null, caption, mediaId);
		}
	}
}
