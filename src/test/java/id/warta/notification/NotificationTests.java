package id.warta.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.warta.audit.AuditTrail;
import id.warta.audit.internal.AuditChainVerifier;
import id.warta.notification.internal.NoticeIssued;
import id.warta.organization.Role;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The next actor of each step hears of it, in the application and by e-mail through a real SMTP server
 * (GreenMail). This class has its own application context, since it names a mail server.
 */
@WartaTest
class NotificationTests {

	static final byte[] JPEG = id.warta.support.TestFiles.jpeg();
	static final String BASE_URL = "https://warta.example.go.id";
	static final int SMTP_PORT = freePort();
	static GreenMail smtp = newSmtpServer();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("warta.notification.base-url", () -> BASE_URL);
	}

	@BeforeAll
	static void startSmtp() {
		smtp.start();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditChainVerifier verifier;

	@Test
	void newMaterialReachesTheContentAdminByMailAndInTheApplication() throws Exception {
		String title = "Donor darah massal " + System.nanoTime();
		long materialId = sendMaterial(title);

		MimeMessage mail = awaitMail(email(Role.CONTENT_ADMIN), title);
		assertThat(mail.getSubject()).startsWith("Bahan baru dari ").contains(title).contains("BHN-");
		assertThat(text(mail)).contains("Yth. ")
			.contains("mengirim bahan")
			.contains("Buka: " + BASE_URL + "/bahan/" + materialId)
			.contains("dikirim otomatis oleh Warta");

		mvc.perform(get("/pemberitahuan").with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bahan baru dari")))
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("href=\"/bahan/" + materialId + "\"")));
		mvc.perform(get("/kantor").with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(content().string(containsString("Pemberitahuan (")));
		mvc.perform(get("/").param("lang", "id")).andExpect(content().string(not(containsString("Pemberitahuan ("))));
	}

	@Test
	void aSubmittedStoryReachesTheScreeners() throws Exception {
		long storyId = submittedStory();

		MimeMessage mail = awaitMail(email(Role.SCREENER), "Berita #" + storyId + " revisi 2 menunggu penyaringan");
		assertThat(text(mail)).contains(BASE_URL + "/penyaringan/" + storyId);
		assertThat(noticesOf(Role.SCREENER, "/penyaringan/" + storyId)).isEqualTo(1);
		// The admin who submitted it is told nothing about it.
		assertThat(noticesOf(Role.CONTENT_ADMIN, "/redaksi/berita/" + storyId)).isZero();
	}

	@Test
	void aReturnedStoryBringsTheScreenersNoteToTheAdmin() throws Exception {
		long storyId = submittedStory();
		mvc.perform(post("/penyaringan/{id}/kembalikan", storyId).with(staff.demo(Role.SCREENER))
			.with(csrf())
			.param("revision", "2")
			.param("note", "Lengkapi nama pejabat yang hadir"));

		MimeMessage mail = awaitMail(email(Role.CONTENT_ADMIN), "Berita #" + storyId + " revisi 2 dikembalikan");
		assertThat(text(mail)).contains("Catatan penyaring: Lengkapi nama pejabat yang hadir")
			.contains(BASE_URL + "/redaksi/berita/" + storyId);
		mvc.perform(get("/pemberitahuan").with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(content().string(containsString("Lengkapi nama pejabat yang hadir")));
	}

	@Test
	void tamperedPublishedContentAlertsTheSystemAdministratorAndTheContentAdmins() throws Exception {
		long storyId = submittedStory();
		mvc.perform(post("/penyaringan/{id}/setujui", storyId).with(staff.demo(Role.SCREENER))
			.with(csrf())
			.param("revision", "2"));
		awaitMail(email(Role.CONTENT_ADMIN), "Berita #" + storyId + " revisi 2 disetujui, siap terbit");
		mvc.perform(post("/redaksi/berita/{id}/terbitkan", storyId).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()));
		mvc.perform(get("/redaksi/berita/{id}", storyId).with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(content().string(not(containsString("DITAHAN"))));
		String slug = jdbc.queryForObject("SELECT slug FROM story_revision WHERE story_id = ? AND number = 2",
				String.class, storyId);
		String body = jdbc.queryForObject("SELECT body FROM story_revision WHERE story_id = ? AND number = 2",
				String.class, storyId);
		jdbc.update("UPDATE story_revision SET body = ? WHERE story_id = ? AND number = 2", "<p>Diubah diam-diam</p>",
				storyId);
		try {
			mvc.perform(get("/berita/" + slug)).andExpect(status().isServiceUnavailable());

			MimeMessage mail = awaitMail(email(Role.SYSTEM_ADMIN), "PENTING: isi berita #" + storyId);
			assertThat(text(mail)).contains(BASE_URL + "/admin/audit");
			assertThat(noticesOf(Role.SYSTEM_ADMIN, "/admin/audit")).isPositive();
			MimeMessage toDesk = awaitMail(email(Role.CONTENT_ADMIN), "PENTING: berita #" + storyId + " ditahan");
			assertThat(text(toDesk)).contains(BASE_URL + "/redaksi/berita/" + storyId);
			mvc.perform(get("/redaksi/berita/{id}", storyId).with(staff.demo(Role.CONTENT_ADMIN)))
				.andExpect(content().string(containsString("Berita ini DITAHAN")));
		}
		finally {
			// The database is shared by every test: a tampered story left behind would count in their seal checks.
			jdbc.update("UPDATE story_revision SET body = ? WHERE story_id = ? AND number = 2", body, storyId);
		}
	}

	@Test
	void aBrokenAuditChainAlertsEverySystemAdministratorAndScreener() throws Exception {
		trail.append("uji", "TEST_ONE", "Test", "1", java.util.Map.of());
		long seq = jdbc.queryForObject("SELECT last_seq FROM audit_head WHERE id = 1", Long.class);
		String actor = jdbc.queryForObject("SELECT actor FROM audit_entry WHERE seq = ?", String.class, seq);
		jdbc.update("UPDATE audit_entry SET actor = ? WHERE seq = ?", "orang-lain", seq);
		try {
			assertThat(verifier.verifyAndRecord().intact()).isFalse();
		}
		finally {
			jdbc.update("UPDATE audit_entry SET actor = ? WHERE seq = ?", actor, seq);
		}

		String subject = "PENTING: jejak audit rusak mulai entri #" + seq;
		assertThat(text(awaitMail(email(Role.SYSTEM_ADMIN), subject))).contains("isi entri sudah diubah")
			.contains(BASE_URL + "/admin/audit");
		awaitMail(email(Role.SCREENER), subject);
		mvc.perform(get("/pemberitahuan").with(staff.demo(Role.SCREENER)))
			.andExpect(content().string(containsString(subject)));
	}

	@Test
	void theDailyAnchorIsMailedToTheSystemAdministratorsWithTheHeadHash() throws Exception {
		trail.append("uji", "TEST_ONE", "Test", "1", java.util.Map.of());
		var anchored = verifier.verifyAndAnchor();
		assertThat(anchored.intact()).isTrue();

		MimeMessage mail = awaitMail(email(Role.SYSTEM_ADMIN), "entri #" + anchored.entries());
		assertThat(mail.getSubject()).startsWith("Jangkar jejak audit");
		assertThat(text(mail)).contains(anchored.headHash());
		assertThat(find(email(Role.SCREENER), "entri #" + anchored.entries())).isEmpty();
	}

	@Test
	void materialSetAsideTellsItsSenderWhy() throws Exception {
		String title = "Rapat koordinasi " + System.nanoTime();
		long materialId = sendMaterial(title);
		mvc.perform(post("/redaksi/bahan/{id}/tidak-digunakan", materialId).with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())
			.param("reason", "Kegiatan internal, tidak untuk publikasi"));

		MimeMessage mail = awaitMail(email(Role.CONTRIBUTOR), " tidak digunakan");
		assertThat(text(mail)).contains(title).contains("Alasan: Kegiatan internal, tidak untuk publikasi");
	}

	@Test
	void whenTheMailServerIsDownTheActionSucceedsAndTheNoticeIsKeptAndMailedLater() throws Exception {
		smtp.stop();
		String title = "Banjir di Jatiasih " + System.nanoTime();
		long materialId;
		try {
			materialId = sendMaterial(title);
			await().atMost(Duration.ofSeconds(20))
				.until(() -> noticesOf(Role.CONTENT_ADMIN, "/bahan/" + materialId) == 1);
			long noticeId = noticeId(Role.CONTENT_ADMIN, "/bahan/" + materialId);
			await().atMost(Duration.ofSeconds(30)).until(() -> failedMailFor(noticeId));
		}
		finally {
			smtp = newSmtpServer();
			smtp.start();
		}
		assertThat(jdbc.queryForObject("SELECT state FROM submission WHERE id = ?", String.class, materialId))
			.isEqualTo("RECEIVED");

		// What a restart does: the registry submits the incomplete publication again.
		long noticeId = noticeId(Role.CONTENT_ADMIN, "/bahan/" + materialId);
		incomplete.resubmitIncompletePublications(
				publication -> publication.getEvent() instanceof NoticeIssued issued && issued.noticeId() == noticeId);
		assertThat(awaitMail(email(Role.CONTENT_ADMIN), title).getSubject()).contains(title);
	}

	@Test
	void eachStaffMemberSeesAndMarksOnlyTheirOwnNotices() throws Exception {
		String title = "Pelatihan UMKM " + System.nanoTime();
		long materialId = sendMaterial(title);
		await().atMost(Duration.ofSeconds(20)).until(() -> noticesOf(Role.CONTENT_ADMIN, "/bahan/" + materialId) == 1);
		long noticeId = noticeId(Role.CONTENT_ADMIN, "/bahan/" + materialId);

		mvc.perform(get("/pemberitahuan").with(staff.demo(Role.SCREENER)))
			.andExpect(content().string(not(containsString(title))));
		mvc.perform(post("/pemberitahuan/{id}/dibaca", noticeId).with(staff.demo(Role.SCREENER)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(readAt(noticeId)).isEmpty();

		mvc.perform(post("/pemberitahuan/{id}/dibaca", noticeId).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()))
			.andExpect(redirectedUrl("/pemberitahuan"));
		assertThat(readAt(noticeId)).isPresent();

		mvc.perform(post("/pemberitahuan/dibaca-semua").with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()))
			.andExpect(redirectedUrl("/pemberitahuan"));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE recipient_id = ? AND read_at IS NULL",
				Long.class, staff.idOf(Staff.demoUsername(Role.CONTENT_ADMIN)))).isZero();
		mvc.perform(get("/kantor").with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(content().string(containsString("Pemberitahuan (0)")));
	}

	private long sendMaterial(String title) throws Exception {
		var sent = mvc.perform(multipart("/bahan/kirim").file(new MockMultipartFile("file0", "foto.jpg", "image/jpeg", JPEG))
			.with(staff.demo(Role.CONTRIBUTOR))
			.with(csrf())
			.param("title", title)
			.param("description", "Kegiatan hari ini.")
			.param("activityDate", "2026-11-20")
			.param("activityTime", "09:00")
			.param("captions[0]", "Foto kegiatan")).andExpect(status().is3xxRedirection()).andReturn();
		return Long.parseLong(sent.getResponse().getRedirectedUrl().substring("/bahan/".length()));
	}

	/** A story composed from new material, edited into revision 2 and submitted for screening. */
	private long submittedStory() throws Exception {
		String title = "Kerja bakti warga " + System.nanoTime();
		long materialId = sendMaterial(title);
		var composed = mvc.perform(post("/redaksi/berita").with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())
			.param("material", String.valueOf(materialId))
			.param("type", "NEWS")).andReturn();
		long storyId = Long.parseLong(composed.getResponse().getRedirectedUrl().substring("/redaksi/berita/".length()));
		String slug = jdbc.queryForObject("SELECT slug FROM story_revision WHERE story_id = ? AND number = 1",
				String.class, storyId);
		mvc.perform(post("/redaksi/berita/{id}", storyId).with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())
			.param("type", "NEWS")
			.param("title", title)
			.param("slug", slug)
			.param("lead", "Ringkasan")
			.param("body", "<p>Isi berita</p>")
			.param("version", String.valueOf(
					jdbc.queryForObject("SELECT version FROM story WHERE id = ?", Long.class, storyId))))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/redaksi/berita/{id}/ajukan", storyId).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		return storyId;
	}

	private MimeMessage awaitMail(String to, String subjectPart) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> find(to, subjectPart), Optional::isPresent).get();
	}

	private static Optional<MimeMessage> find(String to, String subjectPart) throws MessagingException {
		for (MimeMessage message : smtp.getReceivedMessages()) {
			List<String> recipients = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.map(Object::toString)
				.toList();
			if (recipients.contains(to) && message.getSubject().contains(subjectPart)) {
				return Optional.of(message);
			}
		}
		return Optional.empty();
	}

	private static String text(MimeMessage message) throws IOException, MessagingException {
		return message.getContent().toString().replace("\r\n", "\n");
	}

	private static String email(Role role) {
		return Staff.demoUsername(role) + "@demo.warta.local";
	}

	private long noticesOf(Role role, String link) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE recipient_id = ? AND link = ?", Long.class,
				staff.idOf(Staff.demoUsername(role)), link);
	}

	private long noticeId(Role role, String link) {
		return jdbc.queryForObject("SELECT id FROM notice WHERE recipient_id = ? AND link = ?", Long.class,
				staff.idOf(Staff.demoUsername(role)), link);
	}

	private Optional<Object> readAt(long noticeId) {
		return Optional.ofNullable(jdbc.queryForObject("SELECT read_at FROM notice WHERE id = ?", Object.class, noticeId));
	}

	/** The e-mail of this notice was tried and failed: its publication is in the registry, not completed. */
	private boolean failedMailFor(long noticeId) {
		return jdbc.queryForObject("""
				SELECT COUNT(*) FROM event_publication
				WHERE event_type = ? AND serialized_event LIKE ? AND completion_date IS NULL AND status = 'FAILED'""",
				Long.class, NoticeIssued.class.getName(), "%:" + noticeId + "}%") > 0;
	}

	private static GreenMail newSmtpServer() {
		return new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
