package id.warta.media.internal.processing;

import java.util.List;

/**
 * What processing found out and produced.
 *
 * @param width pixels, for pictures, video and documents' first page; null when unknown
 * @param height pixels; null when unknown
 * @param durationMillis for video and audio; null otherwise
 * @param codecs for video and audio, e.g. {@code h264/aac}; null otherwise
 * @param pageCount for documents; null otherwise
 * @param renditions files written into the work directory
 */
public record Processed(Integer width, Integer height, Long durationMillis, String codecs, Integer pageCount,
		List<RenditionFile> renditions) {
}
