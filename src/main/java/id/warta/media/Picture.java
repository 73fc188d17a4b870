package id.warta.media;

/**
 * A picture for an {@code img} element: a fallback source, the JPEG and WebP width sets, and the fallback's size
 * so that the page does not jump while it loads.
 */
public record Picture(String src, String srcset, String webpSrcset, int width, int height, String alt) {
}
