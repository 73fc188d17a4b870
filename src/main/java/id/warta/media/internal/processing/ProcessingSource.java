package id.warta.media.internal.processing;

import java.nio.file.Path;

/**
 * What a processor works on.
 *
 * @param original a local copy of the original, read only
 * @param contentType the type recognised at upload
 * @param focalPoint where the important part of a picture is, for crops
 * @param workDirectory an empty directory for the renditions, removed by the caller afterwards
 */
public record ProcessingSource(Path original, String contentType, FocalPoint focalPoint, Path workDirectory) {
}
