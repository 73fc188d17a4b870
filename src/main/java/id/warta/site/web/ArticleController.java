package id.warta.site.web;

import java.time.Duration;

import id.warta.media.MediaLibrary;
import id.warta.media.MediaResponses;
import id.warta.newsroom.PublicStory;
import id.warta.newsroom.PublishedStories;
import id.warta.newsroom.StoryType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Published stories at their public address. Only a published revision whose seal holds is served; a
 * withdrawn one answers 410 Gone, a tampered one 503 for that page alone.
 */
@Controller
class ArticleController {

	static final String ARTICLE = "site/article";
	static final String GONE = "site/gone";
	static final String WITHHELD = "site/withheld";

	private final PublishedStories stories;
	private final MediaLibrary media;

	ArticleController(PublishedStories stories, MediaLibrary media) {
		this.stories = stories;
		this.media = media;
	}

	@GetMapping("/{segment:berita|pengumuman|galeri|dokumen|profil}/{slug}")
	String article(@PathVariable String segment, @PathVariable String slug, Model model,
			HttpServletResponse response) {
		StoryType type = typeOf(segment);
		var story = stories.find(type, slug);
		if (story.isEmpty()) {
			response.setStatus(stories.withdrawn(type, slug) ? HttpServletResponse.SC_GONE
					: HttpServletResponse.SC_NOT_FOUND);
			return stories.withdrawn(type, slug) ? GONE : "error";
		}
		PublicStory published = story.get();
		if (!published.intact()) {
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			return WITHHELD;
		}
		model.addAttribute("story", published);
		return ARTICLE;
	}

	/** Media of published stories, for anyone; everything else stays behind the staff login. */
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

	private static StoryType typeOf(String segment) {
		for (StoryType type : StoryType.values()) {
			if (type.pathSegment().equals(segment)) {
				return type;
			}
		}
		throw new IllegalArgumentException(segment);
	}
}
