package id.warta.media.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import id.warta.media.MediaRejected;
import id.warta.media.internal.ResumableUploads;
import id.warta.organization.StaffPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Resumable uploads over the tus 1.0 protocol (core, creation, termination) at {@code /api/v1/uploads}. When the
 * last byte arrives the file becomes a media item; its id comes back in the {@code Warta-Media-Id} header. A
 * refusal is a problem document with the reason in the user's language, and the upload is gone.
 */
@RestController
@RequestMapping("/api/v1/uploads")
class UploadController {

	static final String TUS_VERSION = "1.0.0";
	static final String MEDIA_ID = "Warta-Media-Id";

	private final ResumableUploads uploads;
	private final MessageSource messages;

	UploadController(ResumableUploads uploads, MessageSource messages) {
		this.uploads = uploads;
		this.messages = messages;
	}

	@RequestMapping(method = RequestMethod.OPTIONS)
	ResponseEntity<Void> options() {
		return tus(ResponseEntity.status(HttpStatus.NO_CONTENT)).header("Tus-Version", TUS_VERSION)
			.header("Tus-Extension", "creation,termination")
			.header("Tus-Max-Size", Long.toString(uploads.maxSize()))
			.build();
	}

	@RequestMapping(method = RequestMethod.POST)
	ResponseEntity<?> create(@AuthenticationPrincipal StaffPrincipal staff,
			@RequestHeader(name = "Upload-Length", required = false) Long length,
			@RequestHeader(name = "Upload-Metadata", required = false) String metadata, Locale locale) {
		if (length == null || length < 0) {
			return problem(HttpStatus.BAD_REQUEST, "upload.problem.length", locale);
		}
		if (length > uploads.maxSize()) {
			return problem(HttpStatus.PAYLOAD_TOO_LARGE, "upload.problem.tooLarge", locale, length,
					uploads.maxSize());
		}
		String name = metadata(metadata).getOrDefault("filename", "berkas");
		var created = uploads.create(staff.id(), staff.divisionId(), length, name);
		return tus(ResponseEntity.created(URI.create("/api/v1/uploads/" + created.id()))).build();
	}

	@RequestMapping(path = "/{id}", method = RequestMethod.HEAD)
	ResponseEntity<Void> offset(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String id) {
		return uploads.status(id, staff.id())
			.map(status -> withStatus(tus(ResponseEntity.ok()), status).cacheControl(
					org.springframework.http.CacheControl.noStore()).<Void>build())
			.orElseGet(() -> tus(ResponseEntity.status(HttpStatus.NOT_FOUND)).build());
	}

	@RequestMapping(path = "/{id}", method = RequestMethod.PATCH)
	ResponseEntity<?> append(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String id,
			@RequestHeader(name = "Upload-Offset", required = false) Long offset,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
			HttpServletRequest request, Locale locale) throws IOException {
		if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/offset+octet-stream")) {
			return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "upload.problem.contentType", locale);
		}
		if (offset == null || offset < 0) {
			return problem(HttpStatus.BAD_REQUEST, "upload.problem.badOffset", locale);
		}
		var status = uploads.append(id, staff.id(), offset, request.getInputStream());
		return withStatus(tus(ResponseEntity.status(HttpStatus.NO_CONTENT)), status).build();
	}

	/** Someone else's upload, or none, is answered like one's own: the answer never tells that it exists. */
	@RequestMapping(path = "/{id}", method = RequestMethod.DELETE)
	ResponseEntity<Void> cancel(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String id) {
		uploads.cancel(id, staff.id());
		return tus(ResponseEntity.status(HttpStatus.NO_CONTENT)).build();
	}

	@ExceptionHandler(ResumableUploads.UploadConflict.class)
	ResponseEntity<ProblemDetail> conflict(ResumableUploads.UploadConflict conflict, Locale locale) {
		return problem(HttpStatus.valueOf(conflict.status()), conflict.messageKey(), locale, conflict.arguments());
	}

	/** {@code Upload-Length: abc} and the like: the header that is not a number is named in the key. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> notANumber(MethodArgumentTypeMismatchException mismatch, Locale locale) {
		return problem(HttpStatus.BAD_REQUEST,
				"Upload-Offset".equals(mismatch.getName()) ? "upload.problem.badOffset" : "upload.problem.length",
				locale);
	}

	/** The reason in the reader's language, for the browser to show next to the file. */
	@ExceptionHandler(MediaRejected.class)
	ResponseEntity<Map<String, Object>> rejected(MediaRejected rejected, Locale locale) {
		String reason = messages.getMessage(rejected.messageKey(), null, rejected.messageKey(), locale);
		int status = rejected.messageKey().startsWith("media.rejected.tooLarge") ? 413 : 422;
		return tus(ResponseEntity.status(status)).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Map.of("status", status, "title", reason, "detail",
					messages.getMessage("material.rejectedFile", new Object[] { rejected.fileName() },
							rejected.fileName(), locale),
					"code", rejected.messageKey()));
	}

	/**
	 * A problem document (RFC 9457) with the title and the detail in the reader's language, from
	 * {@code <key>.title} and {@code <key>.detail}, and the key itself for programs.
	 */
	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key, Locale locale,
			Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(key + ".detail", arguments, key, locale));
		problem.setTitle(messages.getMessage(key + ".title", null, key, locale));
		problem.setType(URI.create("urn:warta:problem:" + key));
		problem.setProperty("messageKey", key);
		return tus(ResponseEntity.status(status)).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static ResponseEntity.BodyBuilder withStatus(ResponseEntity.BodyBuilder builder,
			ResumableUploads.Status status) {
		builder.header("Upload-Offset", Long.toString(status.offset()))
			.header("Upload-Length", Long.toString(status.length()));
		if (status.mediaId() != null) {
			builder.header(MEDIA_ID, status.mediaId().toString());
		}
		return builder;
	}

	private static ResponseEntity.BodyBuilder tus(ResponseEntity.BodyBuilder builder) {
		return builder.header("Tus-Resumable", TUS_VERSION);
	}

	/** {@code Upload-Metadata: filename d2FydGEuanBn,filetype aW1hZ2UvanBlZw==}: keys with base64 values. */
	static Map<String, String> metadata(String header) {
		Map<String, String> values = new HashMap<>();
		if (header == null) {
			return values;
		}
		for (String pair : header.split(",")) {
			String[] parts = pair.strip().split(" ", 2);
			try {
				values.put(parts[0], parts.length < 2 ? ""
						: new String(Base64.getDecoder().decode(parts[1].strip()), StandardCharsets.UTF_8));
			}
			catch (IllegalArgumentException notBase64) {
				// a malformed pair is left out; the file keeps a default name
			}
		}
		return values;
	}
}
