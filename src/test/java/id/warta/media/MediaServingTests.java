package id.warta.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import id.warta.media.internal.ResumableUploads;
import id.warta.organization.Role;
import id.warta.support.Staff;
import id.warta.support.TestFiles;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * How stored files go out: their recognised type, never sniffed, documents as downloads; originals only to staff
 * who may see that material; files sent with the resumable uploader attach to material by id, only by their sender.
 */
@WartaTest
class MediaServingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	MediaLibrary library;

	@Autowired
	ResumableUploads uploads;

	@Test
	void aDocumentIsADownloadAndNothingIsSniffedOrRun() throws Exception {
		byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		StoredMedia stored = library.store(new ByteArrayInputStream(pdf), "surat edaran.pdf",
				staff.idOf("kontributor"), null);
		mvc.perform(get("/media/{id}", stored.id()).with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", startsWith("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", containsString("sandbox")));
	}

	@Test
	void anOriginalIsShownToItsSenderAndTheNewsroomButNotToAnotherDivision() throws Exception {
		String other = staff.create("Kalimat-rahasia-lain-99", Role.CONTRIBUTOR);
		staff.moveTo(other, "uptd-pemakaman");
		StoredMedia stored = library.store(new ByteArrayInputStream(TestFiles.jpeg(40, 30, java.awt.Color.CYAN)),
				"rahasia.jpg", staff.idOf("kontributor"), staff.divisionId("bidang-perumahan"));
		mvc.perform(get("/media/{id}", stored.id()).with(staff.demo(Role.CONTRIBUTOR))).andExpect(status().isOk());
		mvc.perform(get("/media/{id}", stored.id()).with(staff.demo(Role.SCREENER))).andExpect(status().isOk());
		mvc.perform(get("/media/{id}", stored.id()).with(staff.as(other))).andExpect(status().isNotFound());
		mvc.perform(get("/media/{id}/r/w320.jpg", stored.id()).with(staff.as(other))).andExpect(status().isNotFound());
		// and unpublished material is not on the public site
		mvc.perform(get("/berkas/{id}", stored.id())).andExpect(status().isNotFound());
	}

	@Test
	void materialCarriesFilesSentAheadWithTheResumableUploaderButOnlyTheSendersOwn() throws Exception {
		byte[] photo = TestFiles.jpeg(64, 48, java.awt.Color.MAGENTA);
		long sender = staff.idOf("kontributor");
		var upload = uploads.create(sender, null, photo.length, "rapat.jpg");
		long mediaId = uploads.append(upload.id(), sender, 0, new ByteArrayInputStream(photo)).mediaId();
		String title = "Rapat dengan unggahan " + System.nanoTime();
		mvc.perform(multipart("/bahan/kirim").with(staff.demo(Role.CONTRIBUTOR))
			.with(csrf())
			.param("title", title)
			.param("activityDate", "2026-11-20")
			.param("uploaded", String.valueOf(mediaId))
			.param("uploadedNames", "rapat.jpg")
			.param("uploadedCaptions", "Rapat koordinasi"))
			.andExpect(status().is3xxRedirection());
		// the same id sent by someone else is refused, and what they typed stays
		mvc.perform(multipart("/bahan/kirim").with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())
			.param("title", "Bukan milik saya")
			.param("activityDate", "2026-11-20")
			.param("uploaded", String.valueOf(mediaId))
			.param("uploadedNames", "rapat.jpg"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("bukan unggahan Anda")))
			.andExpect(content().string(containsString("value=\"Bukan milik saya\"")));
		// through the JSON API as well
		mvc.perform(multipart("/api/v1/materials").with(staff.demo(Role.CONTRIBUTOR))
			.with(csrf())
			.param("title", "Lewat API " + System.nanoTime())
			.param("activityAt", "2026-11-20T02:00:00Z")
			.param("mediaIds", String.valueOf(mediaId))
			.param("mediaCaptions", "Rapat"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.files[0].mediaId").value(mediaId));
		mvc.perform(get("/pustaka/{id}", mediaId).with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(content().string(containsString(title)));
	}

	@Test
	void theLibraryFiltersAndDescribesItems() throws Exception {
		String name = "perpustakaan-" + System.nanoTime() + ".jpg";
		StoredMedia stored = library.store(new ByteArrayInputStream(TestFiles.jpeg(50, 40, java.awt.Color.PINK)),
				name, staff.idOf("kontributor"), staff.divisionId("uptd-pemakaman"));
		mvc.perform(get("/pustaka").param("kind", "IMAGE")
			.param("division", String.valueOf(staff.divisionId("uptd-pemakaman")))
			.with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
		mvc.perform(get("/pustaka").param("kind", "VIDEO").with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(name))));
		mvc.perform(post("/pustaka/{id}", stored.id()).with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())
			.param("caption", "Ziarah bersama warga")
			.param("altText", "Warga berdoa di makam")
			.param("credit", "Humas DPKPP"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/pustaka/{id}", stored.id()).with(staff.demo(Role.SCREENER)))
			.andExpect(content().string(containsString("Ziarah bersama warga")))
			.andExpect(content().string(containsString("Humas DPKPP")));
		// the same bytes again: kept once, and each upload knows the other
		StoredMedia again = library.store(new ByteArrayInputStream(TestFiles.jpeg(50, 40, java.awt.Color.PINK)),
				"salinan.jpg", staff.idOf("kontributor"), null);
		assertThat(again.id()).isNotEqualTo(stored.id());
		assertThat(again.sha256()).isEqualTo(stored.sha256());
		mvc.perform(get("/pustaka/{id}", again.id()).with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(content().string(containsString("/pustaka/" + stored.id())));
	}
}
