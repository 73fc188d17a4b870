package id.warta.site.web;

/**
 * What a public page tells search engines and link previews: its canonical address, description, the picture a
 * shared link shows (the 1.91:1 crop made for link cards), and schema.org data as JSON-LD.
 */
public record PageMeta(String title, String description, String canonical, String image, Integer imageWidth,
		Integer imageHeight, String type, String jsonLd) {
}
