package id.warta.organization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import id.warta.organization.AgencyProfile;
import id.warta.organization.AgencyProfileUpdated;
import id.warta.organization.SocialPlatform;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The system administrator's work on the agency profile, including its logo. */
@Service
@Transactional
public class AgencyProfileAdministration {

	static final long MAX_LOGO_BYTES = 1024 * 1024;

	private final CurrentAgency agency;
	private final OrganizationSettings settings;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AgencyProfileAdministration(CurrentAgency agency, OrganizationSettings settings, ApplicationEventPublisher events,
			Clock clock) {
		this.agency = agency;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public void update(String name, String shortName, String address, String phone, String email,
			Map<SocialPlatform, String> socialLinks) {
		if (name == null || name.isBlank()) {
			throw new RejectedChange("name", "agency.name.required");
		}
		if (shortName == null || shortName.isBlank()) {
			throw new RejectedChange("shortName", "agency.shortName.required");
		}
		socialLinks.forEach((platform, url) -> {
			if (url != null && !url.isBlank() && !url.strip().startsWith("https://")) {
				throw new RejectedChange("social" + platform.name(), "agency.social.https");
			}
		});
		Agency current = agency.agency();
		AgencyProfile before = current.profile();
		current.describe(name.strip(), shortName.strip(), AccountAdministration.blankToNull(address),
				AccountAdministration.blankToNull(phone), AccountAdministration.blankToNull(email), clock.instant());
		current.linkSocial(socialLinks);
		agency.changed();
		List<String> changed = changed(before, current.profile());
		if (!changed.isEmpty()) {
			events.publishEvent(new AgencyProfileUpdated(Actors.current().getUsername(), current.getId(), changed));
		}
	}

	/**
	 * How the public site presents the agency. The colour carries white text in the header and buttons, so one
	 * too light for that (contrast under 4.5:1, WCAG AA) is refused rather than making the site unreadable.
	 */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public void present(String themeColor, String tagline, String officeHours) {
		String color = AccountAdministration.blankToNull(themeColor);
		if (color != null) {
			color = color.strip().toLowerCase(Locale.ROOT);
			if (!ThemeColor.isHex(color)) {
				throw new RejectedChange("themeColor", "agency.theme.format");
			}
			if (ThemeColor.contrastWithWhite(color) < ThemeColor.MIN_CONTRAST) {
				throw new RejectedChange("themeColor", "agency.theme.contrast");
			}
		}
		Agency current = agency.agency();
		AgencyProfile before = current.profile();
		current.present(color, AccountAdministration.blankToNull(tagline),
				AccountAdministration.blankToNull(officeHours), clock.instant());
		agency.changed();
		List<String> changed = changed(before, current.profile());
		if (!changed.isEmpty()) {
			events.publishEvent(new AgencyProfileUpdated(Actors.current().getUsername(), current.getId(), changed));
		}
	}

	/** The agency's SOP rule that the screener who approved a story may not also publish it. */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public void separateApprovalFromPublishing(boolean separate) {
		Agency current = agency.agency();
		if (current.profile().approverMayNotPublish() == separate) {
			return;
		}
		current.separateApprovalFromPublishing(separate, clock.instant());
		agency.changed();
		events.publishEvent(new AgencyProfileUpdated(Actors.current().getUsername(), current.getId(),
				List.of("approverMayNotPublish")));
	}

	/**
	 * Replaces the logo. Only PNG, JPEG and WebP, recognised by their first bytes whatever the file is called;
	 * SVG is refused because it can carry scripts.
	 */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public void replaceLogo(InputStream content, long size) {
		if (size <= 0) {
			throw new RejectedChange("logo", "agency.logo.empty");
		}
		if (size > MAX_LOGO_BYTES) {
			throw new RejectedChange("logo", "agency.logo.tooLarge");
		}
		try {
			byte[] bytes = content.readNBytes((int) MAX_LOGO_BYTES + 1);
			if (bytes.length > MAX_LOGO_BYTES) {
				throw new RejectedChange("logo", "agency.logo.tooLarge");
			}
			ImageKind kind = ImageKind.sniff(bytes)
				.orElseThrow(() -> new RejectedChange("logo", "agency.logo.type"));
			Files.createDirectories(settings.logoDirectory());
			String file = "logo-" + UUID.randomUUID() + "." + kind.extension();
			Path temp = Files.createTempFile(settings.logoDirectory(), "upload", ".tmp");
			Files.write(temp, bytes);
			Files.move(temp, settings.logoDirectory().resolve(file), StandardCopyOption.ATOMIC_MOVE);
			Agency current = agency.agency();
			current.useLogo(file, kind.contentType(), clock.instant());
			agency.changed();
			events.publishEvent(new AgencyProfileUpdated(Actors.current().getUsername(), current.getId(), List.of("logo")));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The logo for serving, with its verified content type; anyone may see it. */
	@Transactional(readOnly = true)
	public Optional<Logo> logo() {
		Agency current = agency.agency();
		if (current.logoFile() == null) {
			return Optional.empty();
		}
		Path path = settings.logoDirectory().resolve(current.logoFile());
		return Files.isReadable(path) ? Optional.of(new Logo(path, current.logoType(), current.updatedAt()))
				: Optional.empty();
	}

	private static List<String> changed(AgencyProfile before, AgencyProfile after) {
		List<String> changed = new ArrayList<>();
		if (!Objects.equals(before.name(), after.name())) changed.add("name");
		if (!Objects.equals(before.shortName(), after.shortName())) changed.add("shortName");
		if (!Objects.equals(before.address(), after.address())) changed.add("address");
		if (!Objects.equals(before.phone(), after.phone())) changed.add("phone");
		if (!Objects.equals(before.email(), after.email())) changed.add("email");
		if (!Objects.equals(before.socialLinks(), after.socialLinks())) changed.add("socialLinks");
		if (!Objects.equals(before.themeColor(), after.themeColor())) changed.add("themeColor");
		if (!Objects.equals(before.tagline(), after.tagline())) changed.add("tagline");
		if (!Objects.equals(before.officeHours(), after.officeHours())) changed.add("officeHours");
		return changed;
	}

	/** A stored logo file and its type as sniffed at upload. */
	public record Logo(Path path, String contentType, java.time.Instant updatedAt) {
	}
}
