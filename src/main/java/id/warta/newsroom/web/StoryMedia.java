package id.warta.newsroom.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import id.warta.newsroom.SourceMaterials.SourceFile;
import id.warta.newsroom.SourceMaterials;
import id.warta.media.MediaLibrary;
import id.warta.media.StoredMedia;
import id.warta.newsroom.internal.Story;
import org.springframework.stereotype.Component;

/** The files a story may show: those of its material, and those its revisions already show. */
@Component
class StoryMedia {

	/** A file to tick for the gallery or the documents, with the caption its sender gave. */
	record Choice(long id, String kind, String caption, String name) {
	}

	private final SourceMaterials materials;
	private final MediaLibrary library;

	StoryMedia(SourceMaterials materials, MediaLibrary library) {
		this.materials = materials;
		this.library = library;
	}

	List<Long> of(Story story) {
		Set<Long> ids = new LinkedHashSet<>();
		for (Long materialId : story.getSourceMaterialIds()) {
			materials.find(materialId).ifPresent(m -> m.files().forEach(f -> ids.add(f.mediaId())));
		}
		var current = story.current().content();
		ids.addAll(current.galleryMediaIds());
		ids.addAll(current.documentMediaIds());
		if (current.featuredMediaId() != null) {
			ids.add(current.featuredMediaId());
		}
		return List.copyOf(ids);
	}

	List<Choice> describe(Story story) {
		List<Choice> choices = new ArrayList<>();
		var captions = new java.util.HashMap<Long, String>();
		for (Long materialId : story.getSourceMaterialIds()) {
			materials.find(materialId).ifPresent(m -> m.files()
				.stream()
				.filter(f -> f.caption() != null)
				.forEach((SourceFile f) -> captions.put(f.mediaId(), f.caption())));
		}
		for (StoredMedia stored : library.findAll(of(story))) {
			choices.add(new Choice(stored.id(), stored.kind().labelKey(), captions.getOrDefault(stored.id(), ""),
					stored.originalName()));
		}
		return choices;
	}
}
