package id.warta.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import id.warta.organization.Role;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** SOP step 1 as a contributor does it: send material, get a receipt, follow its fate. */
@WartaTest
class SendMaterialTests {

	/** The smallest valid JPEG header is enough for type recognition. */
	static final byte[] JPEG = id.warta.support.TestFiles.jpeg();

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	id.warta.support.MutableClock clock;

	@Test
	void materialOfTodaySentAt6InTheMorningWithoutATimeIsAccepted() throws Exception {
		var jakarta = java.time.ZoneId.of("Asia/Jakarta");
		var sixTomorrow = java.time.LocalDate.now(jakarta).plusDays(1).atTime(6, 0).atZone(jakarta).toInstant();
		clock.advance(java.time.Duration.between(java.time.Instant.now(), sixTomorrow));
		try {
			String today = java.time.LocalDate.ofInstant(clock.instant(), jakarta).toString();
			mvc.perform(multipart("/bahan/kirim").file(new MockMultipartFile("file0", "pagi.jpg", "image/jpeg", JPEG))
				.with(staff.demo(Role.CONTRIBUTOR))
				.with(csrf())
				.param("title", "Kerja bakti pagi " + System.nanoTime())
				.param("activityDate", today))
				.andExpect(redirectedUrlPattern("/bahan/*"));
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void aContributorSendsAPhotoAndGetsAReceiptNumber() throws Exception {
		String title = "Serah terima kunci rusunawa " + System.nanoTime();
		var sent = mvc.perform(material(title).file(new MockMultipartFile("file0", "foto.jpg", "image/jpeg", JPEG)))
			.andExpect(redirectedUrlPattern("/bahan/*"))
			.andReturn();
		String location = sent.getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(staff.demo(Role.CONTRIBUTOR)).flashAttr("success", "material.received"))
			.andExpect(content().string(containsString("Nomor tanda terima")))
			.andExpect(content().string(containsString("BHN-")))
			.andExpect(content().string(containsString("Diterima")))
			.andExpect(content().string(containsString("Keterangan foto")));
		mvc.perform(get("/bahan/saya").with(staff.demo(Role.CONTRIBUTOR))).andExpect(content().string(containsString(title)));
		mvc.perform(get("/redaksi/bahan").with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(content().string(containsString(title)));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'MATERIAL_RECEIVED' AND actor = 'kontributor'",
				Long.class)).isPositive();
	}

	@Test
	void anExecutableRenamedAsAPhotoIsRefusedByItsContentAndNothingIsStored() throws Exception {
		String title = "Bahan berbahaya " + System.nanoTime();
		byte[] exe = "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
		mvc.perform(material(title).file(new MockMultipartFile("file0", "foto.jpg", "image/jpeg", exe)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Berkas ini adalah program")))
			.andExpect(content().string(containsString("foto.jpg")))
			.andExpect(content().string(containsString("value=\"" + title + "\"")));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE title = ?", Long.class, title)).isZero();
	}

	@Test
	void htmlAndSvgDisguisedAsPhotosAreRefused() throws Exception {
		mvc.perform(material("Uji " + System.nanoTime()).file(new MockMultipartFile("file0", "foto.jpg", "image/jpeg",
				"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))))
			.andExpect(content().string(containsString("berisi halaman web (HTML)")));
		mvc.perform(material("Uji " + System.nanoTime()).file(new MockMultipartFile("file0", "foto.jpg", "image/jpeg",
				"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8))))
			.andExpect(content().string(containsString("Gambar SVG tidak diterima")));
	}

	@Test
	void anEmptySubmissionGetsAClearMessage() throws Exception {
		mvc.perform(multipart("/bahan/kirim").with(staff.demo(Role.CONTRIBUTOR)).with(csrf()).param("title", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Judul kegiatan wajib diisi")));
		mvc.perform(material("Tanpa berkas"))
			.andExpect(content().string(containsString("Pilih paling sedikit satu berkas")));
		mvc.perform(material("Berkas kosong").file(new MockMultipartFile("file0", "kosong.jpg", "image/jpeg",
				new byte[] { 0 })))
			.andExpect(content().string(containsString("tidak diterima")));
	}

	@Test
	void materialIsSeenByItsDivisionAndTheNewsroomButNotByAnotherDivision() throws Exception {
		var sent = mvc.perform(material("Rapat koordinasi " + System.nanoTime())
			.file(new MockMultipartFile("file0", "foto.jpg", "image/jpeg", JPEG))).andReturn();
		String location = sent.getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(staff.demo(Role.CONTENT_ADMIN))).andExpect(status().isOk());
		mvc.perform(get(location).with(staff.demo(Role.SCREENER))).andExpect(status().isOk());
		mvc.perform(get(location).with(staff.demo(Role.PPID_OFFICER))).andExpect(status().isForbidden());
		String otherDivision = staff.create("Kalimat-sandi-bidang-lain", Role.CONTRIBUTOR);
		staff.moveTo(otherDivision, "uptd-pemakaman");
		mvc.perform(get(location).with(staff.as(otherDivision))).andExpect(status().isForbidden());
	}

	@Test
	void theFileIsServedToStaffWithItsRecognisedTypeAndNeverSniffed() throws Exception {
		var sent = mvc.perform(material("Foto lapangan " + System.nanoTime())
			.file(new MockMultipartFile("file0", "foto.bin", "application/octet-stream", JPEG))).andReturn();
		long id = Long.parseLong(sent.getResponse().getRedirectedUrl().substring("/bahan/".length()));
		Long mediaId = jdbc.queryForObject("SELECT media_id FROM submission_file WHERE submission_id = ?", Long.class, id);
		mvc.perform(get("/media/{id}", mediaId).with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		mvc.perform(get("/media/{id}", mediaId)).andExpect(status().isUnauthorized());
	}

	@Test
	void materialSetAsideShowsItsReasonToTheSender() throws Exception {
		String title = "Bahan kurang jelas " + System.nanoTime();
		var sent = mvc.perform(material(title).file(new MockMultipartFile("file0", "foto.jpg", "image/jpeg", JPEG)))
			.andReturn();
		String location = sent.getResponse().getRedirectedUrl();
		mvc.perform(post("/redaksi/bahan/{id}/tidak-digunakan", location.substring("/bahan/".length()))
			.with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())
			.param("reason", "Foto buram, mohon kirim ulang"));
		mvc.perform(get("/bahan/saya").with(staff.demo(Role.CONTRIBUTOR)))
			.andExpect(content().string(containsString("Tidak digunakan")))
			.andExpect(content().string(containsString("Foto buram, mohon kirim ulang")));
	}

	private MockMultipartHttpServletRequestBuilder material(String title) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/bahan/kirim").with(staff.demo(Role.CONTRIBUTOR))
			.with(csrf())
			.param("title", title)
			.param("description", "Kegiatan bidang")
			.param("activityDate", "2026-11-20")
			.param("activityTime", "09:30")
			.param("place", "Bekasi Timur")
			.param("captions[0]", "Keterangan foto");
	}
}
