package id.warta.site.web;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import id.warta.media.MediaAudience;
import id.warta.media.MediaLibrary;
import id.warta.media.MediaShelf;
import id.warta.newsroom.PublicStory;
import org.springframework.stereotype.Component;

/** Media of published stories as public pages show them, looked up in two queries per page. */
@Component
class PublicMedia {

	private final MediaLibrary media;

	PublicMedia(MediaLibrary media) {
		this.media = media;
	}

	/** Every media item these stories show, looked up at once, at its public address. */
	MediaShelf shelf(Collection<PublicStory> stories) {
		Set<Long> ids = new LinkedHashSet<>();
		for (PublicStory story : stories) {
			if (story.featuredMediaId() != null) {
				ids.add(story.featuredMediaId());
			}
			ids.addAll(story.galleryMediaIds());
			ids.addAll(story.documentMediaIds());
		}
		return media.shelf(ids, MediaAudience.PUBLIC);
	}
}
