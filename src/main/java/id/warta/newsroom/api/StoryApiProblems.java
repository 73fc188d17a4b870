package id.warta.newsroom.api;

import id.warta.newsroom.StoryRuleViolation;
import id.warta.newsroom.internal.StoryNotFound;
import id.warta.platform.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of the story API as problem details with the Indonesian message. */
@RestControllerAdvice(assignableTypes = StoryApi.class)
class StoryApiProblems {

	private final MessageSource messages;

	StoryApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	/** Refusals that say the story changed under the caller (a repeated or concurrent request), not a bad one. */
	private static final java.util.Set<String> CONFLICTS = java.util.Set.of("story.edit.stale", "story.publish.already",
			"story.publish.concurrent", "story.withdraw.already", "story.withdraw.concurrent");

	@ExceptionHandler(StoryRuleViolation.class)
	ProblemDetail refused(StoryRuleViolation violation) {
		HttpStatus status = violation.isConflict() || CONFLICTS.contains(violation.messageKey()) ? HttpStatus.CONFLICT
				: HttpStatus.UNPROCESSABLE_CONTENT;
		return ApiProblems.of(status, violation.messageKey(), messages);
	}

	/** Someone else wrote first: a lost decision is told in decision wording, a lost save in editor wording. */
	@ExceptionHandler(ConcurrencyFailureException.class)
	ProblemDetail concurrent(HttpServletRequest request) {
		boolean decision = request.getRequestURI().endsWith("/decisions");
		return ApiProblems.of(HttpStatus.CONFLICT,
				decision ? StoryRuleViolation.DECIDED_ELSEWHERE : "story.edit.stale", messages);
	}

	@ExceptionHandler(StoryNotFound.class)
	ProblemDetail notFound() {
		return ApiProblems.of(HttpStatus.NOT_FOUND, "api.notFound", messages);
	}
}
