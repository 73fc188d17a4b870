package id.warta.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed login back to the login page with the reason in words and the username still filled in; the
 * reason travels in the session so that it never shows in a URL or a log.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	static final String ERROR = LoginFailureHandler.class.getName() + ".error";
	static final String LOCKED_UNTIL = LoginFailureHandler.class.getName() + ".lockedUntil";
	static final String USERNAME = LoginFailureHandler.class.getName() + ".username";

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		HttpSession session = request.getSession();
		String username = request.getParameter("username");
		session.setAttribute(USERNAME, username == null || username.length() > 100 ? "" : username);
		if (exception instanceof LoginDelayedException delayed) {
			session.setAttribute(ERROR, "login.delayed");
			session.setAttribute(LOCKED_UNTIL, delayed.until());
		}
		else if (exception instanceof LoginLockedException locked) {
			session.setAttribute(ERROR, "login.locked");
			session.setAttribute(LOCKED_UNTIL, locked.until());
		}
		else if (exception instanceof DisabledException) {
			session.setAttribute(ERROR, "login.disabled");
		}
		else {
			session.setAttribute(ERROR, "login.bad");
		}
		response.sendRedirect(request.getContextPath() + "/masuk?gagal");
	}
}
