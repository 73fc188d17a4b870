package id.warta.media.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No media item with this id in this agency. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class MediaNotFound extends RuntimeException {

	MediaNotFound(long id) {
		super("no media item " + id);
	}
}
