package id.warta.platform.security;

import java.time.Instant;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page. Signing in itself is Spring Security's form login on {@code POST /masuk}. */
@Controller
class LoginController {

	static final String VIEW = "platform/login";

	@GetMapping("/masuk")
	String login(HttpSession session, Authentication authentication, Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/kantor";
		}
		Object error = session.getAttribute(LoginFailureHandler.ERROR);
		if (error != null) {
			model.addAttribute("loginError", error);
			model.addAttribute("lockedUntil", (Instant) session.getAttribute(LoginFailureHandler.LOCKED_UNTIL));
			model.addAttribute("username", session.getAttribute(LoginFailureHandler.USERNAME));
			session.removeAttribute(LoginFailureHandler.ERROR);
			session.removeAttribute(LoginFailureHandler.LOCKED_UNTIL);
			session.removeAttribute(LoginFailureHandler.USERNAME);
		}
		return VIEW;
	}
}
