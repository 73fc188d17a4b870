package id.warta.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.warta.organization.Role;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WartaTest
class MediaToolsTests {

	@Autowired
	MediaTools tools;

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Test
	void aProgramThatAnswersIsFoundWithItsVersionLine() {
		var java = MediaTools.probe("java", "x", "java", "-version");
		assertThat(java.found()).isTrue();
		assertThat(java.version()).get().asString().contains("version");
	}

	@Test
	void aMissingProgramIsReportedAsMissing() {
		assertThat(MediaTools.probe("nope", "x", "warta-no-such-program").found()).isFalse();
	}

	@Test
	void theSystemPageListsEveryToolAndWhetherItIsInstalled() throws Exception {
		tools.detect();
		mvc.perform(get("/admin/sistem").with(staff.demo(Role.SYSTEM_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ffmpeg")))
			.andExpect(content().string(containsString("ffprobe")))
			.andExpect(content().string(containsString("vips")));
	}
}
