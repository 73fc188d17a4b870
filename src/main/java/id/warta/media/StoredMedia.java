package id.warta.media;

import java.time.Instant;

/** A stored file as other modules see it. */
public record StoredMedia(long id, MediaKind kind, String contentType, String originalName, long size,
		String sha256, Instant createdAt, long uploadedBy, Long divisionId) {
}
