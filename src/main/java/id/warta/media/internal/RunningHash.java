package id.warta.media.internal;

/** A digest of an upload's first {@code covered[0]} bytes. */
record RunningHash(java.security.MessageDigest digest, long[] covered) {
}
