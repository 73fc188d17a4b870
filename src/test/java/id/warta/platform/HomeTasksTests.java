package id.warta.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.Duration;

import id.warta.organization.Role;
import id.warta.support.MutableClock;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** Each role's home page lists its own tasks with due times, counts per stage, and what is overdue. */
@WartaTest
class HomeTasksTests {

	static final byte[] JPEG = id.warta.support.TestFiles.jpeg();

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void newMaterialIsTheAdminsTaskWithItsDueTimeAndBecomesOverdue() throws Exception {
		String title = "Bahan untuk beranda " + System.nanoTime();
		mvc.perform(multipart("/bahan/kirim").file(new MockMultipartFile("file0", "foto.jpg", "image/jpeg", JPEG))
			.with(staff.demo(Role.CONTRIBUTOR))
			.with(csrf())
			.param("title", title)
			.param("activityDate", "2026-11-20"));
		mvc.perform(get("/kantor").with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(content().string(containsString("Bahan masuk (")))
			.andExpect(content().string(containsString("batas ")));
		mvc.perform(get("/kantor").with(staff.demo(Role.CONTRIBUTOR)))
			.andExpect(content().string(containsString("Bahan saya yang sedang diproses")))
			.andExpect(content().string(not(containsString("Menunggu penyaringan ("))));
		mvc.perform(get("/kantor").with(staff.demo(Role.SCREENER)))
			.andExpect(content().string(containsString("Menunggu penyaringan (")))
			.andExpect(content().string(not(containsString("Bahan masuk ("))));

		clock.advance(Duration.ofDays(10));
		mvc.perform(get("/kantor").with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(content().string(containsString("Lewat batas waktu SOP")));
	}
}
