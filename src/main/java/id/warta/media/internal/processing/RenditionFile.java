package id.warta.media.internal.processing;

import java.nio.file.Path;

/**
 * One derived file. Renditions can become public, so a processor must write them without any metadata of the
 * original (no EXIF, no GPS, no XMP, no comments).
 *
 * @param name unique per original, also its file name in storage: {@code w640.webp}, {@code crop-16x9.jpg},
 * {@code poster.jpg}, {@code web.mp4}, {@code voice.m4a}, {@code page1.jpg}
 * @param contentType e.g. {@code image/webp}
 * @param width pixels, 0 for audio
 * @param height pixels, 0 for audio
 * @param file where the processor wrote it, inside the work directory
 */
public record RenditionFile(String name, String contentType, int width, int height, Path file) {
}
