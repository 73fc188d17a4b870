package id.warta.organization.web;

import java.time.Duration;

import id.warta.organization.internal.AgencyProfileAdministration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The agency's logo, with the type sniffed at upload and never guessed by the browser. */
@Controller
class LogoController {

	private final AgencyProfileAdministration administration;

	LogoController(AgencyProfileAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/logo")
	ResponseEntity<Resource> logo() {
		return administration.logo()
			.map(logo -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(logo.contentType()))
				.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
				.lastModified(logo.updatedAt())
				.header("X-Content-Type-Options", "nosniff")
				.<Resource>body(new FileSystemResource(logo.path())))
			.orElse(ResponseEntity.notFound().build());
	}
}
