package id.warta.notification.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such notice for the signed-in staff member: someone else's notices do not exist for them. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NoticeNotFound extends RuntimeException {

	public NoticeNotFound(long id) {
		super("Notice " + id + " not found");
	}
}
