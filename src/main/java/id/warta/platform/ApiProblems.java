package id.warta.platform;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Problem details (RFC 9457) for the JSON API, with the message a person reads — Indonesian unless the client
 * asks for English — and the stable message key for programs.
 */
public final class ApiProblems {

	private ApiProblems() {
	}

	public static ProblemDetail of(HttpStatus status, String messageKey, MessageSource messages) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(messageKey, null, messageKey, locale));
		problem.setType(URI.create("urn:warta:problem:" + messageKey));
		problem.setProperty("messageKey", messageKey);
		return problem;
	}
}
