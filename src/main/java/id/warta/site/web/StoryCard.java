package id.warta.site.web;

import id.warta.newsroom.PublicStory;

/** A published story in a list: its title, date, summary and picture. */
public record StoryCard(PublicStory story, PublicMedia.Picture picture, String summary) {

	static StoryCard of(PublicStory story, PublicMedia.Shelf shelf) {
		return new StoryCard(story, shelf.cover(story, "").orElse(null), PageMetas.describe(story));
	}
}
