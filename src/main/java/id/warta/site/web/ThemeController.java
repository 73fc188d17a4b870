package id.warta.site.web;

import java.time.Duration;
import java.util.Locale;

import id.warta.organization.Agencies;
import id.warta.organization.AgencyProfile;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The agency's colours as a style sheet. A file rather than an inline style, because the Content-Security-Policy
 * allows styles from this origin only; the colour was checked for contrast with white text when it was saved.
 */
@Controller
class ThemeController {

	private final Agencies agencies;

	ThemeController(Agencies agencies) {
		this.agencies = agencies;
	}

	@GetMapping("/tema.css")
	ResponseEntity<String> theme() {
		AgencyProfile agency = agencies.current();
		String css = agency.themeColor() == null ? "" : ":root{--brand:%s;--brand-dark:%s}\n"
			.formatted(agency.themeColor(), darker(agency.themeColor()));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, "text/css; charset=UTF-8")
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.body(css);
	}

	/** The hover shade: three quarters of each channel, darker still so contrast only grows. */
	static String darker(String hex) {
		int rgb = Integer.parseInt(hex.substring(1), 16);
		int red = (rgb >> 16 & 0xff) * 3 / 4;
		int green = (rgb >> 8 & 0xff) * 3 / 4;
		int blue = (rgb & 0xff) * 3 / 4;
		return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
	}
}
