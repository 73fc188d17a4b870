package id.warta.site.web;

import id.warta.newsroom.StoryType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/** The public sections by the first segment of their address. */
final class StoryTypes {

	/** The friendly not-found page, which offers search. */
	static final String NOT_FOUND = "error";

	private StoryTypes() {
	}

	static StoryType of(String segment) {
		return StoryType.ofPathSegment(segment).orElseThrow(() -> new IllegalArgumentException(segment));
	}

	static String notFound(HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("status", HttpServletResponse.SC_NOT_FOUND);
		return NOT_FOUND;
	}
}
