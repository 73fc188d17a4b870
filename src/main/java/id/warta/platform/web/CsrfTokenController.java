package id.warta.platform.web;

import java.util.Map;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CSRF token for programs using the JSON API with a signed-in session: send it back in the named header on
 * every request that changes something.
 */
@RestController
class CsrfTokenController {

	@GetMapping("/api/v1/csrf")
	Map<String, String> token(CsrfToken token) {
		return Map.of("headerName", token.getHeaderName(), "parameterName", token.getParameterName(), "token",
				token.getToken());
	}
}
