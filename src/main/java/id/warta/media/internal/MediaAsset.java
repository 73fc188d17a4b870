package id.warta.media.internal;

import java.time.Instant;

import id.warta.media.MediaKind;
import id.warta.media.StoredMedia;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The description of one stored file; its bytes live in storage under {@code storageKey}. */
@Entity
public class MediaAsset {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long agencyId;
	@Enumerated(EnumType.STRING)
	private MediaKind kind;
	private String contentType;
	private String originalName;
	private long size;
	private String sha256;
	private String storageKey;
	private long uploadedBy;
	private Long divisionId;
	private Instant createdAt;

	protected MediaAsset() {
	}

	MediaAsset(long agencyId, Sniffed type, String originalName, long size, String sha256, String storageKey,
			long uploadedBy, Long divisionId, Instant now) {
		this.agencyId = agencyId;
		this.kind = type.kind();
		this.contentType = type.contentType();
		this.originalName = originalName;
		this.size = size;
		this.sha256 = sha256;
		this.storageKey = storageKey;
		this.uploadedBy = uploadedBy;
		this.divisionId = divisionId;
		this.createdAt = now;
	}

	StoredMedia view() {
		return new StoredMedia(id, kind, contentType, originalName, size, sha256, createdAt);
	}

	String storageKey() {
		return storageKey;
	}

	MediaKind kind() {
		return kind;
	}

	String contentType() {
		return contentType;
	}

	String originalName() {
		return originalName;
	}
}
