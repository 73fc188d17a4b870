package id.warta.media.internal;

import java.time.Instant;

import id.warta.media.MediaKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * A resumable upload: who sends what, and how long it will be. The bytes received so far are the local part file
 * named by the id; its length is the offset, so that a crash never claims bytes that are not on disk.
 */
@Entity
public class UploadSession {

	@Id
	private String id;
	private long ownerId;
	private String fileName;
	private long declaredLength;
	private Long divisionId;
	@Enumerated(EnumType.STRING)
	private MediaKind kind;
	private Long mediaId;
	private Instant createdAt;
	private Instant updatedAt;

	protected UploadSession() {
	}

	UploadSession(String id, long ownerId, Long divisionId, String fileName, long declaredLength, Instant now) {
		this.id = id;
		this.divisionId = divisionId;
		this.ownerId = ownerId;
		this.fileName = fileName;
		this.declaredLength = declaredLength;
		this.createdAt = now;
		this.updatedAt = now;
	}

	String id() {
		return id;
	}

	long ownerId() {
		return ownerId;
	}

	String fileName() {
		return fileName;
	}

	long declaredLength() {
		return declaredLength;
	}

	Long divisionId() {
		return divisionId;
	}

	MediaKind kind() {
		return kind;
	}

	Long mediaId() {
		return mediaId;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	void recognised(MediaKind kind) {
		this.kind = kind;
	}

	void touched(Instant now) {
		this.updatedAt = now;
	}

	void finished(long mediaId, Instant now) {
		this.mediaId = mediaId;
		this.updatedAt = now;
	}
}
