package id.warta.newsroom.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class StoryNotFound extends RuntimeException {

	public StoryNotFound(long id) {
		super("Story " + id + " not found");
	}
}
