package id.warta.site.web;

import java.util.Optional;

import id.warta.media.MediaShelf;
import id.warta.media.Picture;
import id.warta.newsroom.PublicStory;

/** A published story in a list: its title, date, summary and picture. */
public record StoryCard(PublicStory story, Picture picture, String summary) {

	static StoryCard of(PublicStory story, MediaShelf shelf) {
		return new StoryCard(story, cover(story, shelf).orElse(null), PageMetas.describe(story));
	}

	/** The picture of a story for its card: the featured picture, else the first in its gallery. */
	private static Optional<Picture> cover(PublicStory story, MediaShelf shelf) {
		if (story.featuredMediaId() != null) {
			return shelf.picture(story.featuredMediaId(), "");
		}
		return story.galleryMediaIds().stream().map(id -> shelf.picture(id, "")).flatMap(Optional::stream).findFirst();
	}
}
