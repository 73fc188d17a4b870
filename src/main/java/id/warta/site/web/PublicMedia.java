package id.warta.site.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.warta.media.MediaKind;
import id.warta.media.MediaLibrary;
import id.warta.media.Rendition;
import id.warta.media.StoredMedia;
import id.warta.newsroom.PublicStory;
import org.springframework.stereotype.Component;

/**
 * Media of published stories as public pages show them: pictures with {@code srcset} over their responsive
 * widths, video with its poster, documents with type and size. Looks everything up in two queries per page.
 */
@Component
class PublicMedia {

	/** The width a picture is shown at when the browser cannot choose (no srcset support). */
	static final int DEFAULT_WIDTH = 640;

	private final MediaLibrary media;

	PublicMedia(MediaLibrary media) {
		this.media = media;
	}

	/** Every media item these stories show, looked up at once. */
	Shelf shelf(Collection<PublicStory> stories) {
		Set<Long> ids = new LinkedHashSet<>();
		for (PublicStory story : stories) {
			if (story.featuredMediaId() != null) {
				ids.add(story.featuredMediaId());
			}
			ids.addAll(story.galleryMediaIds());
			ids.addAll(story.documentMediaIds());
		}
		if (ids.isEmpty()) {
			return new Shelf(Map.of(), Map.of());
		}
		List<Long> list = List.copyOf(ids);
		return new Shelf(media.findAll(list).stream().collect(Collectors.toMap(StoredMedia::id, Function.identity())),
				media.renditions(list));
	}

	/** The media found for a page, and how to show each item. */
	record Shelf(Map<Long, StoredMedia> items, Map<Long, List<Rendition>> renditions) {

		/** The picture of a story for its card or its head: the featured picture, else the first in its gallery. */
		Optional<Picture> cover(PublicStory story, String alt) {
			if (story.featuredMediaId() != null) {
				return picture(story.featuredMediaId(), alt);
			}
			return story.galleryMediaIds().stream().map(id -> picture(id, alt)).flatMap(Optional::stream).findFirst();
		}

		Optional<Picture> picture(long id, String alt) {
			List<Rendition> widths = widths(id, "image/jpeg");
			if (widths.isEmpty()) {
				return rendition(id, "poster.jpg").or(() -> rendition(id, "page1.jpg"))
					.map(poster -> new Picture(poster.publicPath(), null, null, poster.width(), poster.height(), alt));
			}
			Rendition fallback = widths.stream()
				.filter(width -> width.width() <= DEFAULT_WIDTH)
				.reduce((narrower, wider) -> wider)
				.orElse(widths.get(0));
			return Optional.of(new Picture(fallback.publicPath(), srcset(widths), srcset(widths(id, "image/webp")),
					fallback.width(), fallback.height(), alt));
		}

		Optional<Rendition> rendition(long id, String name) {
			return renditions.getOrDefault(id, List.of()).stream().filter(r -> r.name().equals(name)).findFirst();
		}

		Optional<MediaKind> kind(long id) {
			return Optional.ofNullable(items.get(id)).map(StoredMedia::kind);
		}

		/** A document as a download link: its name, type and size. */
		Optional<DocumentFile> document(long id) {
			StoredMedia item = items.get(id);
			if (item == null) {
				return Optional.empty();
			}
			return Optional.of(new DocumentFile("/berkas/" + id, item.originalName(), DocumentFile.label(item),
					item.size(), rendition(id, "page1.jpg").map(Rendition::publicPath).orElse(null)));
		}

		private List<Rendition> widths(long id, String type) {
			return renditions.getOrDefault(id, List.of())
				.stream()
				.filter(r -> r.contentType().equals(type) && r.name().matches("w\\d+\\.\\w+"))
				.sorted(Comparator.comparingInt(Rendition::width))
				.toList();
		}

		private static String srcset(List<Rendition> widths) {
			return widths.isEmpty() ? null
					: widths.stream().map(r -> r.publicPath() + " " + r.width() + "w").collect(Collectors.joining(", "));
		}
	}

	/**
	 * A picture for an {@code img} element: a fallback source, the JPEG and WebP width sets, and the fallback's
	 * size so that the page does not jump while it loads.
	 */
	public record Picture(String src, String srcset, String webpSrcset, int width, int height, String alt) {
	}
}
