package id.warta.media;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.Resource;

/**
 * Stores uploaded files after recognising their type by content, and finds them again. Files never go into the
 * database; only their description does.
 */
public interface MediaLibrary {

	/**
	 * Stores one file, streaming it to storage. Refuses with {@link MediaRejected} a type outside the allow-list
	 * (recognised by content, whatever the name says), an empty file or one over its kind's limit. The same bytes
	 * stored before are not stored twice: the earlier item is returned.
	 */
	StoredMedia store(InputStream content, String originalName, long uploaderId, Long divisionId);

	Optional<StoredMedia> find(long id);

	List<StoredMedia> findAll(List<Long> ids);

	/** Whether this staff member finished a resumable upload that became this item, so may attach it. */
	boolean uploadedBy(long mediaId, long staffId);

	/** The stored original, for staff. */
	Optional<MediaFile> open(long id);

	/** One rendition by its name, any version (staff pages), or exactly this version (public, cached forever). */
	Optional<MediaFile> openRendition(long id, Integer version, String name);

	/**
	 * What may be shown to the public for an item of published content: for a picture always a rendition without
	 * metadata (never the original, which can carry GPS), for video and audio the web rendition when there is one
	 * and otherwise the original, for documents the original.
	 */
	Optional<MediaFile> openPublic(long id);

	List<Rendition> renditions(long id);

	Map<Long, List<Rendition>> renditions(Collection<Long> ids);

	/** A stored file and what is needed to serve it safely. */
	record MediaFile(Resource resource, long length, String contentType, MediaKind kind, String downloadName) {
	}
}
