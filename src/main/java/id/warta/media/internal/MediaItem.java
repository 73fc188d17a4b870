package id.warta.media.internal;

import java.time.Instant;

import id.warta.media.MediaKind;

/** A media item as the library shows it. */
public record MediaItem(long id, MediaKind kind, String contentType, String originalName, long size,
		Instant createdAt, long uploadedBy, Long divisionId, ProcessingStatus status, String processingError,
		String processingDetail, Integer width, Integer height, Long durationMillis, String codecs, Integer pageCount,
		String caption, String altText, String credit, double focalX, double focalY, String sha256) {

	static MediaItem of(MediaAsset asset) {
		return new MediaItem(asset.getId(), asset.kind(), asset.contentType(), asset.originalName(), asset.size(),
				asset.createdAt(), asset.uploadedBy(), asset.divisionId(), asset.processingStatus(),
				asset.processingError(), asset.processingDetail(), asset.width(), asset.height(),
				asset.durationMillis(), asset.codecs(), asset.pageCount(), asset.caption(), asset.altText(),
				asset.credit(), asset.focalX(), asset.focalY(), asset.sha256());
	}

	/** Duration as m:ss or h:mm:ss, for video and audio. */
	public String duration() {
		if (durationMillis == null) {
			return null;
		}
		long seconds = Math.round(durationMillis / 1000.0);
		return seconds >= 3600 ? "%d:%02d:%02d".formatted(seconds / 3600, seconds / 60 % 60, seconds % 60)
				: "%d:%02d".formatted(seconds / 60, seconds % 60);
	}

	public String humanSize() {
		if (size >= 1L << 30) {
			return "%.1f GB".formatted(size / (double) (1L << 30));
		}
		if (size >= 1L << 20) {
			return "%.1f MB".formatted(size / (double) (1L << 20));
		}
		return Math.max(1, Math.round(size / 1024.0)) + " KB";
	}
}
