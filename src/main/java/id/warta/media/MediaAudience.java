package id.warta.media;

/**
 * Who a page shows media to, which decides only the addresses: readers of the website fetch published media from
 * {@code /berkas/…}; staff previewing or screening a revision fetch the same files (the public-safe version of an
 * item, the same renditions) from {@code /media/lihat/…}, which checks the staff login and works before anything
 * is published. Both answer with the type recognised at upload and a sandbox (see {@link MediaResponses}).
 */
public enum MediaAudience {

	PUBLIC("/berkas"), STAFF("/media/lihat");

	private final String base;

	MediaAudience(String base) {
		this.base = base;
	}

	/** Where this audience fetches what the public may see of an item (never a picture's original). */
	public String item(long mediaId) {
		return base + "/" + mediaId;
	}

	/** Where this audience fetches one version of a rendition; the public address is cached forever. */
	public String rendition(Rendition rendition) {
		return base + "/" + rendition.mediaId() + "/" + rendition.version() + "/" + rendition.name();
	}
}
