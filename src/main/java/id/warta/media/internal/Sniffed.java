package id.warta.media.internal;

import id.warta.media.MediaKind;

/** A type recognised from a file's content. */
record Sniffed(MediaKind kind, String contentType, String extension) {
}
