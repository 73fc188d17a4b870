package id.warta.media.internal.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import id.warta.media.internal.processing.ProcessingSource;
import id.warta.media.internal.processing.RenditionFile;

/** One way of turning an original picture into renditions. */
interface ImageBackend {

	/** The original's size and orientation, without decoding its pixels. */
	OriginalHeader header(Path original, Path scratch) throws IOException;

	/**
	 * Writes the responsive widths and crops of the oriented picture into the work directory, without metadata.
	 *
	 * @param scratch a directory for intermediate files, removed afterwards
	 */
	List<RenditionFile> render(ProcessingSource source, OriginalHeader header, Path scratch) throws IOException;
}
