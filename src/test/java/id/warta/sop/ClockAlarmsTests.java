package id.warta.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.time.Duration;
import java.time.Instant;

import id.warta.organization.Role;
import id.warta.support.MutableClock;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** A reminder at three quarters of a step's standard and a notice once it is overdue, each exactly once. */
@WartaTest
@RecordApplicationEvents
class ClockAlarmsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	@Autowired
	id.warta.sop.internal.ClockAlarms alarms;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private java.util.List<String> notices(String kind, long material) {
		return jdbc.queryForList("""
				SELECT a.username FROM notice n JOIN staff_account a ON a.id = n.recipient_id
				WHERE n.kind = ? AND n.link = ?""", String.class, kind, "/bahan/" + material);
	}

	@Test
	void aRunningStepIsRemindedOnceThenNoticedOnceAsOverdue() throws Exception {
		byte[] jpeg = id.warta.support.TestFiles.jpeg();
		var sent = mvc.perform(multipart("/bahan/kirim").file(new MockMultipartFile("file0", "f.jpg", "image/jpeg", jpeg))
			.with(staff.demo(Role.CONTRIBUTOR)).with(csrf())
			.param("title", "Bahan berjam " + System.nanoTime()).param("activityDate", "2026-11-20")).andReturn();
		long material = Long.parseLong(sent.getResponse().getRedirectedUrl().substring("/bahan/".length()));
		SopItem item = new SopItem("material", material);
		Instant due = jdbc.queryForObject(
				"SELECT due_at FROM sop_step_clock WHERE item_type = 'material' AND item_id = ? AND step_number = 2",
				java.time.OffsetDateTime.class, material).toInstant();

		clock.advance(Duration.between(clock.instant(), due.minus(Duration.ofMinutes(10))));
		alarms.check();
		alarms.check();
		assertThat(events.stream(StepDueSoon.class).filter(e -> e.item().equals(item)).count()).isEqualTo(1);
		assertThat(events.stream(StepOverdue.class).filter(e -> e.item().equals(item)).count()).isZero();

		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notices("STEP_DUE_SOON", material))
			.as("the content admins are reminded").contains("admin.konten"));

		clock.advance(Duration.ofMinutes(11));
		alarms.check();
		alarms.check();
		assertThat(events.stream(StepOverdue.class).filter(e -> e.item().equals(item)).count()).isEqualTo(1);
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notices("STEP_OVERDUE", material))
			.as("the admins and the screeners, their superiors, are told").contains("admin.konten", "penyaring"));
	}
}
