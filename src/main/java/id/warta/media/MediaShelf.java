package id.warta.media;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The media a page shows, looked up at once, and how each item is shown to one audience: pictures with
 * {@code srcset} over their responsive widths, video with its poster, documents with name, type and size. Only the
 * addresses depend on the audience, so staff see exactly the files the public will see.
 */
public final class MediaShelf {

	/** The width a picture is shown at when the browser cannot choose (no srcset support). */
	public static final int DEFAULT_WIDTH = 640;

	private final Map<Long, StoredMedia> items;
	private final Map<Long, List<Rendition>> renditions;
	private final MediaAudience audience;

	public MediaShelf(Map<Long, StoredMedia> items, Map<Long, List<Rendition>> renditions, MediaAudience audience) {
		this.items = Map.copyOf(items);
		this.renditions = Map.copyOf(renditions);
		this.audience = audience;
	}

	public MediaAudience audience() {
		return audience;
	}

	public Optional<Picture> picture(long id, String alt) {
		List<Rendition> widths = widths(id, "image/jpeg");
		if (widths.isEmpty()) {
			return rendition(id, "poster.jpg").or(() -> rendition(id, "page1.jpg"))
				.map(poster -> new Picture(audience.rendition(poster), null, null, poster.width(), poster.height(),
						alt));
		}
		Rendition fallback = widths.stream()
			.filter(width -> width.width() <= DEFAULT_WIDTH)
			.reduce((narrower, wider) -> wider)
			.orElse(widths.get(0));
		return Optional.of(new Picture(audience.rendition(fallback), srcset(widths), srcset(widths(id, "image/webp")),
				fallback.width(), fallback.height(), alt));
	}

	public Optional<Rendition> rendition(long id, String name) {
		return renditions.getOrDefault(id, List.of()).stream().filter(r -> r.name().equals(name)).findFirst();
	}

	public Optional<MediaKind> kind(long id) {
		return Optional.ofNullable(items.get(id)).map(StoredMedia::kind);
	}

	/** Where this audience plays or downloads the item: video and audio in their web version, documents as sent. */
	public String source(long id) {
		return audience.item(id);
	}

	/** A document as a download link: its name, type and size. */
	public Optional<DocumentFile> document(long id) {
		StoredMedia item = items.get(id);
		if (item == null) {
			return Optional.empty();
		}
		return Optional.of(new DocumentFile(source(id), item.originalName(), DocumentFile.label(item), item.size(),
				rendition(id, "page1.jpg").map(audience::rendition).orElse(null)));
	}

	private List<Rendition> widths(long id, String type) {
		return renditions.getOrDefault(id, List.of())
			.stream()
			.filter(r -> r.contentType().equals(type) && r.name().matches("w\\d+\\.\\w+"))
			.sorted(Comparator.comparingInt(Rendition::width))
			.toList();
	}

	private String srcset(List<Rendition> widths) {
		return widths.isEmpty() ? null
				: widths.stream().map(r -> audience.rendition(r) + " " + r.width() + "w").collect(Collectors.joining(", "));
	}
}
