package id.warta.intake.api;

import id.warta.intake.internal.MaterialNotFound;
import id.warta.intake.internal.MaterialRefused;
import id.warta.media.MediaRejected;
import id.warta.platform.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refused material as problem details with the Indonesian message; a refused file is named. */
@RestControllerAdvice(assignableTypes = MaterialApi.class)
class MaterialApiProblems {

	private final MessageSource messages;

	MaterialApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MaterialRefused.class)
	ProblemDetail refused(MaterialRefused refused) {
		ProblemDetail problem = ApiProblems.of(HttpStatus.UNPROCESSABLE_CONTENT, refused.messageKey(), messages);
		if (refused.field() != null) {
			problem.setProperty("field", refused.field());
		}
		return problem;
	}

	@ExceptionHandler(MediaRejected.class)
	ProblemDetail rejected(MediaRejected rejected) {
		ProblemDetail problem = ApiProblems.of(HttpStatus.UNPROCESSABLE_CONTENT, rejected.messageKey(), messages);
		problem.setProperty("file", rejected.fileName());
		return problem;
	}

	@ExceptionHandler(MaterialNotFound.class)
	ProblemDetail notFound() {
		return ApiProblems.of(HttpStatus.NOT_FOUND, "api.notFound", messages);
	}
}
