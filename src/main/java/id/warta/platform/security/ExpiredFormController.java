package id.warta.platform.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Shown instead of a bare 403 when a form came back with a missing or stale CSRF token, typically a page left
 * open past the end of its session: nothing was changed, and the reader is told how to send it again.
 */
@Controller
class ExpiredFormController {

	static final String PATH = "/formulir-kedaluwarsa";
	static final String VIEW = "platform/form-expired";

	/** Keeps the 403 status set by the access-denied handler that forwards here. */
	@RequestMapping(PATH)
	String expired() {
		return VIEW;
	}
}
