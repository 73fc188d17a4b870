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

	/** The most characters of a document's text that {@link #documentText} gives. */
	int DOCUMENT_TEXT_LIMIT = 100_000;

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

	/** These items and their renditions, looked up at once, addressed for one audience. */
	default MediaShelf shelf(Collection<Long> ids, MediaAudience audience) {
		if (ids.isEmpty()) {
			return new MediaShelf(Map.of(), Map.of(), audience);
		}
		List<Long> list = List.copyOf(new java.util.LinkedHashSet<>(ids));
		return new MediaShelf(
				findAll(list).stream().collect(java.util.stream.Collectors.toMap(StoredMedia::id, item -> item)),
				renditions(list), audience);
	}

	/** The caption and alternative text staff gave each of these items that has either. */
	Map<Long, Description> descriptions(Collection<Long> ids);

	/**
	 * The text of a PDF document, whitespace collapsed, at most {@link #DOCUMENT_TEXT_LIMIT} characters: for
	 * search. Empty for other kinds, unknown items and documents without text or that cannot be read.
	 */
	Optional<String> documentText(long id);

	/** What staff wrote about an item; either part may be null. */
	record Description(String caption, String altText) {
	}

	/** A stored file and what is needed to serve it safely. */
	record MediaFile(Resource resource, long length, String contentType, MediaKind kind, String downloadName) {
	}
}
