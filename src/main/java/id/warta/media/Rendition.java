package id.warta.media;

/**
 * A public-safe derived file of a media item: a picture width, a crop for a channel, a video poster or web
 * version, a voice recording for the web, a document's first page.
 *
 * @param version changes whenever the renditions are made again, so that their addresses can be cached forever
 */
public record Rendition(long mediaId, String name, String contentType, int width, int height, long size,
		int version) {

	/** The public address, immutable for a given version. */
	public String publicPath() {
		return "/berkas/" + mediaId + "/" + version + "/" + name;
	}
}
