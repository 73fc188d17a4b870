package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;

import id.warta.organization.Role;
import id.warta.support.RequestErrors;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Ten screeners press "Setujui" on one story at the same moment: one decision is taken, the nine others are told
 * that another decision came first (409, in decision wording), and nothing answers 500 or logs an error.
 */
@WartaTest
@ExtendWith(OutputCaptureExtension.class)
class ConcurrentDecisionTests {

	static final int SCREENERS = 10;

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void tenSimultaneousApprovalsOverTheApiTakeOneDecision(CapturedOutput output) throws Exception {
		long id = submittedStory("Serah terima PSU " + System.nanoTime());
		List<MockHttpServletResponse> answers = race(screener -> post("/api/v1/stories/{id}/decisions", id)
			.with(staff.as(screener))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"APPROVE\",\"revision\":1}"));

		assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(200, 409);
		assertThat(answers).filteredOn(answer -> answer.getStatus() == 200).hasSize(1);
		assertThat(answers).filteredOn(answer -> answer.getStatus() == 409)
			.allSatisfy(answer -> assertThat(answer.getContentAsString())
				.contains(StoryRuleViolation.DECIDED_ELSEWHERE)
				.contains("Keputusan lain sudah diambil untuk berita ini"));
		assertOneApproval(id, output);
	}

	@Test
	void tenSimultaneousApprovalsOnTheReviewPageTakeOneDecision(CapturedOutput output) throws Exception {
		long id = submittedStory("Peresmian taman " + System.nanoTime());
		List<MockHttpServletResponse> answers = race(screener -> post("/penyaringan/{id}/setujui", id)
			.with(staff.as(screener))
			.with(csrf())
			.param("revision", "1"));

		assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(302, 409);
		assertThat(answers).filteredOn(answer -> answer.getStatus() == 302).singleElement()
			.extracting(MockHttpServletResponse::getRedirectedUrl).isEqualTo("/penyaringan");
		assertThat(answers).filteredOn(answer -> answer.getStatus() == 409)
			.allSatisfy(answer -> assertThat(answer.getContentAsString())
				.contains("Keputusan lain sudah diambil untuk berita ini"));
		assertOneApproval(id, output);
	}

	private void assertOneApproval(long id, CapturedOutput output) {
		assertThat(jdbc.queryForObject("SELECT state FROM story WHERE id = ?", String.class, id)).isEqualTo("APPROVED");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review WHERE story_id = ?", Long.class, id)).isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_entry WHERE action = 'STORY_APPROVED' AND object_id = ?", Long.class,
				String.valueOf(id))).isEqualTo(1);
		assertThat(output.getOut() + output.getErr()).doesNotContain("already running");
		assertThat(RequestErrors.in(output)).isEmpty();
	}

	private long submittedStory(String title) throws Exception {
		long id = new StoryFixtures(mvc, staff, jdbc).draft(title).id();
		mvc.perform(post("/redaksi/berita/{id}/ajukan", id).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()));
		return id;
	}

	/** Each of ten new screeners sends their request at once, released together by a latch. */
	private List<MockHttpServletResponse> race(Function<String, MockHttpServletRequestBuilder> request)
			throws Exception {
		List<MockHttpServletRequestBuilder> requests = IntStream.range(0, SCREENERS)
			.mapToObj(i -> request.apply(staff.create("Penyaring-serentak-2026", Role.SCREENER)))
			.toList();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(SCREENERS);
		try {
			List<Future<MockHttpServletResponse>> pending = new ArrayList<>();
			for (MockHttpServletRequestBuilder each : requests) {
				Callable<MockHttpServletResponse> send = () -> {
					start.await();
					return mvc.perform(each).andReturn().getResponse();
				};
				pending.add(pool.submit(send));
			}
			start.countDown();
			List<MockHttpServletResponse> answers = Collections.synchronizedList(new ArrayList<>());
			for (Future<MockHttpServletResponse> answer : pending) {
				answers.add(answer.get(60, TimeUnit.SECONDS));
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}
}
