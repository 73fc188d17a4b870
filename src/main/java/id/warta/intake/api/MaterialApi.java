package id.warta.intake.api;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import id.warta.intake.Material;
import id.warta.intake.internal.MaterialIntake;
import id.warta.intake.internal.NewMaterial;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Step 1 for programs: send material with its files, follow it, and the admin's inbox. */
@RestController
@RequestMapping("/api/v1/materials")
class MaterialApi {

	private final MaterialIntake intake;

	MaterialApi(MaterialIntake intake) {
		this.intake = intake;
	}

	record ReasonRequest(String reason) {
	}

	/**
	 * Files and their captions in the same order; the activity time as an ISO instant. Files already sent through
	 * the resumable uploads ({@code /api/v1/uploads}) come as {@code mediaIds}, with {@code mediaCaptions}.
	 */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Material> send(@RequestParam(required = false) String title,
			@RequestParam(required = false) String description, @RequestParam(required = false) Instant activityAt,
			@RequestParam(required = false) String place, @RequestParam(required = false) Long divisionId,
			@RequestParam(required = false) String note,
			@RequestPart(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(name = "captions", required = false) List<String> captions,
			@RequestParam(name = "mediaIds", required = false) List<Long> mediaIds,
			@RequestParam(name = "mediaCaptions", required = false) List<String> mediaCaptions) throws IOException {
		List<NewMaterial.Upload> uploads = new ArrayList<>();
		if (files != null) {
			for (int i = 0; i < files.size(); i++) {
				MultipartFile file = files.get(i);
				uploads.add(new NewMaterial.Upload(file.getOriginalFilename(), file.getSize(), file.getInputStream(),
						captions != null && i < captions.size() ? captions.get(i) : null));
			}
		}
		if (mediaIds != null) {
			for (int i = 0; i < mediaIds.size(); i++) {
				uploads.add(NewMaterial.Upload.alreadyUploaded(mediaIds.get(i),
						mediaCaptions != null && i < mediaCaptions.size() ? mediaCaptions.get(i) : null));
			}
		}
		Material material = intake.send(new NewMaterial(title, description, activityAt, place, divisionId, note,
				uploads));
		return ResponseEntity.status(HttpStatus.CREATED).body(material);
	}

	@GetMapping("/mine")
	List<Material> mine() {
		return intake.mine();
	}

	@GetMapping("/inbox")
	List<Material> inbox() {
		return intake.inbox();
	}

	@GetMapping("/{id}")
	Material get(@PathVariable long id) {
		return intake.get(id);
	}

	@PostMapping("/{id}/set-aside")
	Material setAside(@PathVariable long id, @RequestBody ReasonRequest request) {
		intake.setAside(id, request.reason());
		return intake.get(id);
	}
}
