package id.warta.media.web;

import id.warta.media.MediaLibrary;
import id.warta.media.MediaResponses;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Original files of material, for staff. */
@Controller
class MediaFileController {

	private final MediaLibrary library;

	MediaFileController(MediaLibrary library) {
		this.library = library;
	}

	@GetMapping("/media/{id}")
	ResponseEntity<Resource> file(@PathVariable long id) {
		return library.open(id)
			.map(file -> MediaResponses.serve(file, MediaResponses.privateHour()))
			.orElse(ResponseEntity.notFound().build());
	}
}
