package id.warta.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload that never reached a controller: too large for the server, or a form sent without its file. The
 * reader learns which, and that nothing was stored.
 */
@ControllerAdvice
class UploadProblems {

	static final String VIEW = "platform/upload-problem";

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		model.addAttribute("problem", "upload.tooLarge");
		return VIEW;
	}

	@ExceptionHandler(MultipartException.class)
	String broken(Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("problem", "upload.missing");
		return VIEW;
	}
}
