package id.warta.media.internal.processing;

import java.io.IOException;

/**
 * Turns one original into facts (size, duration, pages) and renditions. Runs in the background, on a local copy
 * of the original, writing renditions into a work directory that the caller stores and then deletes. A processor
 * never changes the original.
 */
public interface MediaProcessor {

	/** Whether this processor takes originals of this recognised type (e.g. {@code image/jpeg}). */
	boolean handles(String contentType);

	/**
	 * Processes the original. Throws {@link ProcessingFailed} with a message key when the file cannot be processed
	 * (its reason is shown to staff), or {@link IOException} when the machine failed.
	 */
	Processed process(ProcessingSource source) throws IOException;
}
