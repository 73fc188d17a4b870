package id.warta.intake.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class MaterialNotFound extends RuntimeException {

	public MaterialNotFound(long id) {
		super("Material " + id + " not found");
	}
}
