package id.warta.media.web;

import java.time.Duration;

import id.warta.media.MediaKind;
import id.warta.media.internal.LocalMediaLibrary;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Original files for staff, with the type recognised at upload, never sniffed by the browser; documents as
 * downloads. Range requests work for video and audio.
 */
@Controller
class MediaFileController {

	private final LocalMediaLibrary library;

	MediaFileController(LocalMediaLibrary library) {
		this.library = library;
	}

	@GetMapping("/media/{id}")
	ResponseEntity<Resource> file(@PathVariable long id) {
		return library.file(id).filter(file -> file.path().toFile().isFile()).map(file -> {
			var disposition = file.kind() == MediaKind.DOCUMENT ? ContentDisposition.attachment()
					: ContentDisposition.inline();
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(file.contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(file.originalName()).build().toString())
				.header("X-Content-Type-Options", "nosniff")
				.header("Content-Security-Policy", "sandbox; default-src 'none'")
				.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
				.<Resource>body(new FileSystemResource(file.path()));
		}).orElse(ResponseEntity.notFound().build());
	}
}
