package id.warta.media.internal.image;

import java.io.IOException;
import java.nio.file.Path;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;

/** Reads how a camera says its picture is to be turned, from the EXIF block only. */
final class ExifOrientation {

	private ExifOrientation() {
	}

	/** The EXIF orientation, 1 (as stored) when there is none or it cannot be read. */
	static int of(Path original) {
		try {
			ExifIFD0Directory exif = ImageMetadataReader.readMetadata(original.toFile())
				.getFirstDirectoryOfType(ExifIFD0Directory.class);
			if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
				return exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
			}
		}
		catch (ImageProcessingException | MetadataException | IOException e) {
			// Broken metadata must not stop a picture whose pixels are fine: it is shown as stored.
		}
		return 1;
	}
}
