package id.warta.media.web;

import java.util.Optional;
import java.util.function.Supplier;

import id.warta.media.MediaLibrary;
import id.warta.media.MediaResponses;
import id.warta.media.StoredMedia;
import id.warta.organization.Role;
import id.warta.organization.StaffPrincipal;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Originals and renditions of material, for staff who may see them: those who compose, screen or run the site see
 * all; a contributor (or the information officer) sees what they or their division sent.
 */
@Controller
class MediaFileController {

	private final MediaLibrary library;

	MediaFileController(MediaLibrary library) {
		this.library = library;
	}

	@GetMapping("/media/{id}")
	ResponseEntity<Resource> file(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable long id) {
		return serve(staff, id, () -> library.open(id));
	}

	@GetMapping("/media/{id}/r/{name}")
	ResponseEntity<Resource> rendition(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable long id,
			@PathVariable String name) {
		return serve(staff, id, () -> library.openRendition(id, null, name));
	}

	/**
	 * What the public will see of an item, for those who preview or screen it before it is published: the same
	 * file that {@code /berkas/{id}} serves once it is (see {@link id.warta.media.MediaAudience#STAFF}).
	 */
	@GetMapping("/media/lihat/{id}")
	ResponseEntity<Resource> asPublished(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable long id) {
		return serve(staff, id, () -> library.openPublic(id));
	}

	/** One version of a rendition at the same address shape as its public one. */
	@GetMapping("/media/lihat/{id}/{version}/{name}")
	ResponseEntity<Resource> renditionAsPublished(@AuthenticationPrincipal StaffPrincipal staff,
			@PathVariable long id, @PathVariable int version, @PathVariable String name) {
		return serve(staff, id, () -> library.openRendition(id, version, name));
	}

	/** The file, if this staff member may see the item; someone who may not is told it does not exist. */
	private ResponseEntity<Resource> serve(StaffPrincipal staff, long id,
			Supplier<Optional<MediaLibrary.MediaFile>> file) {
		if (!maySee(staff, id)) {
			return ResponseEntity.notFound().build();
		}
		return file.get()
			.map(found -> MediaResponses.serve(found, MediaResponses.privateHour()))
			.orElse(ResponseEntity.notFound().build());
	}

	/** Whether this staff member may see this item's files; someone who may not is told it does not exist. */
	boolean maySee(StaffPrincipal staff, long id) {
		if (staff.hasRole(Role.CONTENT_ADMIN) || staff.hasRole(Role.SCREENER) || staff.hasRole(Role.SYSTEM_ADMIN)) {
			return true;
		}
		StoredMedia media = library.find(id).orElse(null);
		return media != null && (media.uploadedBy() == staff.id()
				|| (media.divisionId() != null && media.divisionId().equals(staff.divisionId())));
	}
}
