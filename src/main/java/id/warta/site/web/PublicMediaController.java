package id.warta.site.web;

import java.time.Duration;

import id.warta.media.MediaLibrary;
import id.warta.media.MediaLinks;
import id.warta.media.MediaResponses;
import id.warta.newsroom.PublishedStories;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Media of published stories, for anyone; everything else stays behind the staff login. */
@Controller
class PublicMediaController {

	private final PublishedStories stories;
	private final MediaLibrary media;
	private final MediaLinks links;

	PublicMediaController(PublishedStories stories, MediaLibrary media, MediaLinks links) {
		this.stories = stories;
		this.media = media;
		this.links = links;
	}

	/**
	 * A signed, expiring address that a social platform fetches a post's media from. Still only media of published
	 * content: withdrawing the story stops it at once, whatever the expiry.
	 */
	@GetMapping("/berkas/tautan/{token}")
	ResponseEntity<Resource> signedMedia(@PathVariable String token) {
		var target = links.verify(token).filter(found -> stories.isPublic(found.mediaId()));
		if (target.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		long id = target.get().mediaId();
		var file = target.get().rendition() == null ? media.openPublic(id)
				: media.openRendition(id, null, target.get().rendition());
		return file.map(found -> MediaResponses.serve(found, CacheControl.noStore()))
			.orElse(ResponseEntity.notFound().build());
	}

	@GetMapping("/berkas/{id}")
	ResponseEntity<Resource> publicMedia(@PathVariable long id) {
		if (!stories.isPublic(id)) {
			return ResponseEntity.notFound().build();
		}
		// Never the original of a picture: it may carry the place it was taken (GPS) in its metadata.
		return media.openPublic(id)
			.map(file -> MediaResponses.serve(file, CacheControl.maxAge(Duration.ofDays(1)).cachePublic()))
			.orElse(ResponseEntity.notFound().build());
	}

	/** A rendition of a published item at its versioned address, which never changes: cached for a year. */
	@GetMapping("/berkas/{id}/{version}/{name}")
	ResponseEntity<Resource> publicRendition(@PathVariable long id, @PathVariable int version,
			@PathVariable String name) {
		if (!stories.isPublic(id)) {
			return ResponseEntity.notFound().build();
		}
		return media.openRendition(id, version, name)
			.map(file -> MediaResponses.serve(file, MediaResponses.immutable()))
			.orElse(ResponseEntity.notFound().build());
	}
}
