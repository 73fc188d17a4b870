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
	private Integer width;
	private Integer height;
	private Long durationMillis;
	private String codecs;
	private Integer pageCount;
	private String caption;
	private String altText;
	private String credit;
	// named explicitly: the naming strategy puts no underscore before a last single capital
	@jakarta.persistence.Column(name = "focal_x")
	private double focalX = 0.5;
	@jakarta.persistence.Column(name = "focal_y")
	private double focalY = 0.5;
	@Enumerated(EnumType.STRING)
	private ProcessingStatus processingStatus = ProcessingStatus.PENDING;
	private String processingError;
	private String processingDetail;
	private int processingAttempts;
	private Instant processingStartedAt;
	private Instant processedAt;
	private int renditionVersion;

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

	/**
	 * Another upload of the same bytes: its own uploader, division and name, the same stored file, and what
	 * processing already found, so that nothing is stored or processed twice.
	 */
	MediaAsset sameBytesAs(String originalName, long uploadedBy, Long divisionId, Instant now) {
		MediaAsset copy = new MediaAsset();
		copy.agencyId = agencyId;
		copy.kind = kind;
		copy.contentType = contentType;
		copy.originalName = originalName;
		copy.size = size;
		copy.sha256 = sha256;
		copy.storageKey = storageKey;
		copy.uploadedBy = uploadedBy;
		copy.divisionId = divisionId;
		copy.createdAt = now;
		if (processingStatus == ProcessingStatus.DONE || processingStatus == ProcessingStatus.UNSUPPORTED) {
			copy.width = width;
			copy.height = height;
			copy.durationMillis = durationMillis;
			copy.codecs = codecs;
			copy.pageCount = pageCount;
			copy.processingStatus = processingStatus;
			copy.processedAt = now;
			copy.renditionVersion = renditionVersion;
		}
		return copy;
	}

	StoredMedia view() {
		return new StoredMedia(id, kind, contentType, originalName, size, sha256, createdAt, uploadedBy, divisionId);
	}

	void describe(String caption, String altText, String credit) {
		this.caption = caption;
		this.altText = altText;
		this.credit = credit;
	}

	/** A new focal point makes the crops again, under a new version so that cached old crops are not served. */
	void focusOn(double x, double y) {
		this.focalX = x;
		this.focalY = y;
		this.processingStatus = ProcessingStatus.PENDING;
		this.processingAttempts = 0;
	}

	int nextRenditionVersion() {
		return ++renditionVersion;
	}

	void processed(Integer width, Integer height, Long durationMillis, String codecs, Integer pageCount,
			Instant now) {
		this.width = width;
		this.height = height;
		this.durationMillis = durationMillis;
		this.codecs = codecs;
		this.pageCount = pageCount;
		this.processingStatus = ProcessingStatus.DONE;
		this.processingError = null;
		this.processingDetail = null;
		this.processedAt = now;
	}

	void failed(ProcessingStatus status, String messageKey, String detail, Instant now) {
		this.processingStatus = status;
		this.processingError = messageKey;
		this.processingDetail = detail == null ? null : detail.substring(Math.max(0, detail.length() - 2000));
		this.processedAt = now;
	}

	/** Processing starts again from the beginning, e.g. after a crash in the middle or when the admin asks. */
	void reprocess() {
		this.processingStatus = ProcessingStatus.PENDING;
		this.processingAttempts = 0;
	}

	Long getId() {
		return id;
	}

	long agencyId() {
		return agencyId;
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

	long size() {
		return size;
	}

	String sha256() {
		return sha256;
	}

	long uploadedBy() {
		return uploadedBy;
	}

	Long divisionId() {
		return divisionId;
	}

	Instant createdAt() {
		return createdAt;
	}

	Integer width() {
		return width;
	}

	Integer height() {
		return height;
	}

	Long durationMillis() {
		return durationMillis;
	}

	String codecs() {
		return codecs;
	}

	Integer pageCount() {
		return pageCount;
	}

	String caption() {
		return caption;
	}

	String altText() {
		return altText;
	}

	String credit() {
		return credit;
	}

	double focalX() {
		return focalX;
	}

	double focalY() {
		return focalY;
	}

	ProcessingStatus processingStatus() {
		return processingStatus;
	}

	String processingError() {
		return processingError;
	}

	String processingDetail() {
		return processingDetail;
	}

	int renditionVersion() {
		return renditionVersion;
	}

	int processingAttempts() {
		return processingAttempts;
	}
}
