package id.warta.newsroom.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.warta.media.MediaAudience;
import id.warta.media.MediaLibrary;
import id.warta.media.StoredMedia;
import id.warta.newsroom.ArticleView;
import id.warta.newsroom.internal.RevisionDiff;
import id.warta.newsroom.internal.StoryContent;
import id.warta.newsroom.internal.StoryRevision;
import org.springframework.stereotype.Component;

/**
 * A revision as staff see it before it is published: rendered exactly as the public page will render it (only
 * the media come from staff addresses), and compared with an earlier one in words a screener reads.
 */
@Component
class RevisionPages {

	/** A media item that one revision shows and the other does not, by the name it was sent under. */
	record MediaChange(long id, String name, String kindKey, boolean added) {
	}

	/** What changed between two revisions, with the media named. */
	record Comparison(int from, int to, RevisionDiff diff, List<MediaChange> media) {
	}

	private final MediaLibrary library;

	RevisionPages(MediaLibrary library) {
		this.library = library;
	}

	ArticleView article(StoryContent content) {
		var shelf = library.shelf(
				ArticleView.mediaIds(content.featuredMediaId(), content.galleryMediaIds(), content.documentMediaIds()),
				MediaAudience.STAFF);
		return ArticleView.of(content.title(), content.lead(), content.body(), content.featuredMediaId(),
				content.featuredAlt(), content.galleryMediaIds(), content.documentMediaIds(), shelf);
	}

	Comparison compare(StoryRevision from, StoryRevision to) {
		RevisionDiff diff = RevisionDiff.between(from.content(), to.content());
		Map<Long, StoredMedia> items = library
			.findAll(Stream.concat(diff.mediaAdded().stream(), diff.mediaRemoved().stream()).toList())
			.stream()
			.collect(Collectors.toMap(StoredMedia::id, Function.identity()));
		List<MediaChange> media = Stream
			.concat(diff.mediaAdded().stream().map(id -> change(items, id, true)),
					diff.mediaRemoved().stream().map(id -> change(items, id, false)))
			.toList();
		return new Comparison(from.getNumber(), to.getNumber(), diff, media);
	}

	private static MediaChange change(Map<Long, StoredMedia> items, long id, boolean added) {
		StoredMedia item = items.get(id);
		return item == null ? new MediaChange(id, "#" + id, null, added)
				: new MediaChange(id, item.originalName(), item.kind().labelKey(), added);
	}
}
