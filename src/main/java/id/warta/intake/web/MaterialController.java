package id.warta.intake.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import id.warta.intake.internal.MaterialIntake;
import id.warta.intake.internal.MaterialRefused;
import id.warta.intake.internal.NewMaterial;
import id.warta.media.MediaRejected;
import id.warta.organization.StaffPrincipal;
import id.warta.sop.SopClocks;
import id.warta.sop.SopItem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/** "Kirim Bahan" and the contributor's lists, made for a phone. */
@Controller
class MaterialController {

	static final String SEND = "intake/send";
	static final String DETAIL = "intake/detail";
	static final String LIST = "intake/list";
	static final int FILE_ROWS = 6;
	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private final MaterialIntake intake;
	private final DivisionChoices divisions;
	private final SopClocks clocks;
	private final java.time.Clock clock;

	MaterialController(MaterialIntake intake, DivisionChoices divisions, SopClocks clocks, java.time.Clock clock) {
		this.clock = clock;
		this.intake = intake;
		this.divisions = divisions;
		this.clocks = clocks;
	}

	@GetMapping("/bahan/kirim")
	String sendForm(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		model.addAttribute("form", new SendForm("", "", LocalDate.now(clock.withZone(JAKARTA)), null, "", staff.divisionId(), "",
				List.of(), List.of(), List.of(), List.of()));
		return showSend(model);
	}

	@PostMapping("/bahan/kirim")
	String send(@ModelAttribute("form") SendForm form, BindingResult binding, HttpServletRequest request,
			Model model, RedirectAttributes redirect) throws IOException {
		List<NewMaterial.Upload> uploads = new ArrayList<>();
		// A form sent without its multipart encoding simply has no files, and is told so.
		var multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		for (int i = 0; i < FILE_ROWS && multipart != null; i++) {
			MultipartFile file = multipart.getFile("file" + i);
			if (file != null && !file.isEmpty()) {
				uploads.add(new NewMaterial.Upload(file.getOriginalFilename(), file.getSize(), file.getInputStream(),
						form.caption(i)));
			}
		}
		// Files already sent with the resumable uploader come as media ids, each with its caption.
		if (form.uploaded() != null) {
			for (int i = 0; i < form.uploaded().size(); i++) {
				Long mediaId = form.uploaded().get(i);
				if (mediaId != null) {
					uploads.add(NewMaterial.Upload.alreadyUploaded(mediaId, form.uploadedCaption(i)));
				}
			}
		}
		var activityAt = activityAt(form);
		try {
			var material = intake.send(new NewMaterial(form.title(), form.description(), activityAt, form.place(),
					form.divisionId(), form.note(), uploads));
			redirect.addFlashAttribute("success", "material.received");
			return "redirect:/bahan/" + material.id();
		}
		catch (MaterialRefused refused) {
			binding.reject(refused.messageKey());
		}
		catch (MediaRejected rejected) {
			model.addAttribute("rejectedFile", rejected.fileName());
			binding.reject(rejected.messageKey());
		}
		return showSend(model);
	}

	/**
	 * The activity's moment; without a time, 08:00 of that day — or now, when it is today and not yet 08:00, so
	 * that material sent early in the morning is not refused as coming from the future.
	 */
	private java.time.Instant activityAt(SendForm form) {
		if (form.activityDate() == null) {
			return null;
		}
		if (form.activityTime() != null) {
			return form.activityDate().atTime(form.activityTime()).atZone(JAKARTA).toInstant();
		}
		var morning = form.activityDate().atTime(LocalTime.of(8, 0)).atZone(JAKARTA).toInstant();
		var now = clock.instant();
		return morning.isAfter(now) && form.activityDate().equals(LocalDate.ofInstant(now, JAKARTA)) ? now : morning;
	}

	@GetMapping("/bahan/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("material", intake.get(id));
		model.addAttribute("clocks", clocks.timeline(new SopItem("material", id)));
		return DETAIL;
	}

	@GetMapping("/bahan/saya")
	String mine(Model model) {
		model.addAttribute("materials", intake.mine());
		model.addAttribute("heading", "material.mine");
		return LIST;
	}

	@GetMapping("/bahan/bidang")
	String division(Model model) {
		model.addAttribute("materials", intake.ofMyDivision());
		model.addAttribute("heading", "material.division");
		return LIST;
	}

	private String showSend(Model model) {
		model.addAttribute("divisions", divisions.active());
		model.addAttribute("fileRows", FILE_ROWS);
		return SEND;
	}

	/** The form as typed; files cannot be kept by a browser, everything else comes back after a refusal. */
	record SendForm(@Size(max = 200) String title, @Size(max = 5000) String description,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activityDate,
			@DateTimeFormat(pattern = "HH:mm") LocalTime activityTime, @Size(max = 300) String place, Long divisionId,
			@Size(max = 2000) String note, List<String> captions, List<Long> uploaded, List<String> uploadedNames,
			List<String> uploadedCaptions) {

		public String caption(int index) {
			return captions != null && index < captions.size() ? captions.get(index) : null;
		}

		public String uploadedCaption(int index) {
			return uploadedCaptions != null && index < uploadedCaptions.size() ? uploadedCaptions.get(index) : null;
		}

		public String uploadedName(int index) {
			return uploadedNames != null && index < uploadedNames.size() ? uploadedNames.get(index) : null;
		}
	}
}
