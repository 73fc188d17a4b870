package id.warta.intake;

/** One file of material, stored in the media library, with the sender's caption. */
public record MaterialFile(long mediaId, String caption) {
}
