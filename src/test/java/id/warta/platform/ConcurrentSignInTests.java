package id.warta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.warta.organization.Role;
import id.warta.support.RequestErrors;
import id.warta.support.Staff;
import id.warta.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Ten browsers signing in to one account at the same moment, over real HTTP: every one gets in. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@Import(TestClockConfiguration.class)
class ConcurrentSignInTests {

	static final String PASSWORD = "Rapat-pagi-jam-delapan";
	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
	static final int BROWSERS = 10;

	@LocalServerPort
	int port;

	@Autowired
	Staff staff;

	@Test
	void tenSimultaneousSignInsToOneAccountAllSucceedWithoutAnError(CapturedOutput output) throws Exception {
		String username = staff.create(PASSWORD, Role.CONTENT_ADMIN);
		List<HttpClient> browsers = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < BROWSERS; i++) {
			HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			browsers.add(browser);
			tokens.add(loginFormToken(browser));
		}

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(BROWSERS);
		try {
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < BROWSERS; i++) {
				HttpClient browser = browsers.get(i);
				String token = tokens.get(i);
				Callable<HttpResponse<String>> signIn = () -> {
					start.await();
					return browser.send(signIn(username, token), HttpResponse.BodyHandlers.ofString());
				};
				answers.add(pool.submit(signIn));
			}
			start.countDown();
			for (Future<HttpResponse<String>> answer : answers) {
				HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
				assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
				assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
						location -> assertThat(location).endsWith("/kantor"));
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(output.getAll()).doesNotContain("OptimisticLock");
		assertThat(RequestErrors.in(output)).isEmpty();
	}

	private String loginFormToken(HttpClient browser) throws Exception {
		HttpResponse<String> form = browser.send(HttpRequest.newBuilder(uri("/masuk")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = CSRF.matcher(form.body());
		assertThat(token.find()).as(form.body()).isTrue();
		return token.group(1);
	}

	private HttpRequest signIn(String username, String token) {
		String form = "username=" + encoded(username) + "&password=" + encoded(PASSWORD) + "&_csrf=" + encoded(token);
		return HttpRequest.newBuilder(uri("/masuk"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
