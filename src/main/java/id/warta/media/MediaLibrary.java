package id.warta.media;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Stores uploaded files after recognising their type by content, and finds them again. Files never go into the
 * database; only their description does.
 */
public interface MediaLibrary {

	/**
	 * Stores one file, streaming it to storage. Refuses with {@link MediaRejected} a type outside the allow-list
	 * (recognised by content, whatever the name says), an empty file or one over its kind's limit.
	 */
	StoredMedia store(InputStream content, String originalName, long uploaderId, Long divisionId);

	Optional<StoredMedia> find(long id);

	List<StoredMedia> findAll(List<Long> ids);

	/** The stored file of a media item, for serving it with its recognised type. */
	Optional<MediaFile> open(long id);

	/** A stored file and what is needed to serve it safely. */
	record MediaFile(java.nio.file.Path path, String contentType, MediaKind kind, String originalName) {
	}
}
