package id.warta.newsroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import id.warta.media.DocumentFile;
import id.warta.media.MediaKind;
import id.warta.media.MediaShelf;
import id.warta.media.Picture;

/**
 * One revision of a story as every page shows it — the public page, the editor's preview and the screener's
 * review all render this with the one fragment {@code fragments/article :: article(view)}, so that what is
 * approved is what is published. Only the media addresses differ, by the shelf's audience.
 *
 * @param featured the featured picture (or a video's poster), null when there is none
 * @param caption the featured picture's caption, empty when there is none
 */
public record ArticleView(String title, String lead, String bodyHtml, Picture featured, String caption,
		List<GalleryItem> gallery, List<DocumentFile> documents) {

	/** One item of the gallery: a picture with its widths, a video with its poster, or a recording. */
	public record GalleryItem(long id, MediaKind kind, String src, Picture picture, String label) {
	}

	/** The published revision a reader sees. */
	public static ArticleView of(PublicStory story, MediaShelf shelf) {
		return of(story.title(), story.lead(), story.bodyHtml(), story.featuredMediaId(), story.featuredAlt(),
				story.galleryMediaIds(), story.documentMediaIds(), shelf);
	}

	/** A revision's fields with its media from the shelf; an item the shelf does not have is left out. */
	public static ArticleView of(String title, String lead, String bodyHtml, Long featuredId, String featuredAlt,
			List<Long> galleryIds, List<Long> documentIds, MediaShelf shelf) {
		String caption = featuredAlt == null ? "" : featuredAlt.strip();
		Picture featured = featuredId == null ? null
				: shelf.picture(featuredId, caption.isEmpty() ? title : caption).orElse(null);
		int count = galleryIds.size();
		List<GalleryItem> gallery = IntStream.range(0, count).mapToObj(index -> {
			long id = galleryIds.get(index);
			String label = title + " (" + (index + 1) + "/" + count + ")";
			return new GalleryItem(id, shelf.kind(id).orElse(MediaKind.IMAGE), shelf.source(id),
					shelf.picture(id, label).orElse(null), label);
		}).toList();
		List<DocumentFile> documents = documentIds.stream().map(shelf::document).flatMap(Optional::stream).toList();
		return new ArticleView(title, lead == null ? "" : lead, bodyHtml, featured, caption, gallery, documents);
	}

	/** Every media item a revision shows, for looking them up at once. */
	public static List<Long> mediaIds(Long featuredId, List<Long> galleryIds, List<Long> documentIds) {
		List<Long> ids = new ArrayList<>();
		if (featuredId != null) {
			ids.add(featuredId);
		}
		ids.addAll(galleryIds);
		ids.addAll(documentIds);
		return ids;
	}
}
