package id.warta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.warta.support.PlatformStubs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command on the embedded default: the application runs in its own JVM with its working
 * directory in a fresh folder, so its H2 database is {@code ./data/warta} exactly as configured in
 * {@code application.properties}. A contributor sends material after material; the process is killed (SIGKILL)
 * right after the last answer; started again on the same files, it shows every material it answered 201 for.
 */
class EmbeddedDatabaseKillTests {

	// A complete 16 x 16 JPEG (uploads are checked for completeness), the same as bench/flow/flow.sh sends.
	private static final byte[] PHOTO = Base64.getDecoder().decode("/9j/4AAQSkZJRgABAgAAAQABAAD//gAQTGF2YzU5LjM3LjEw"
			+ "MAD/2wBDAAgEBAQEBAUFBQUFBQYGBgYGBgYGBgYGBgYHBwcICAgHBwcGBgcHCAgICAkJCQgICAgJCQoKCgwMCwsODg4RERT/xABMAAEB"
			+ "AAAAAAAAAAAAAAAAAAAABwEBAQAAAAAAAAAAAAAAAAAABQcQAQAAAAAAAAAAAAAAAAAAAAARAQAAAAAAAAAAAAAAAAAAAAD/wAARCAAQ"
			+ "ABADASIAAhEAAxEA/9oADAMBAAIRAxEAPwCOAL+Lf//Z");

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	@TempDir
	Path home;

	Process child;

	@AfterEach
	void stop() {
		if (child != null) {
			child.destroyForcibly();
		}
	}

	@Test
	void everyMaterialAnsweredBeforeAKillIsThereAfterTheRestart() throws Exception {
		int port = freePort();
		child = start(port, "warta.log");
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String base = "http://localhost:" + port;
		String csrf = signIn(http, base, "kontributor");

		// Sends for a little over a second so that the last writes fall inside any write delay the database has.
		List<Long> confirmed = new ArrayList<>();
		long until = System.nanoTime() + Duration.ofMillis(1500).toNanos();
		while (System.nanoTime() < until || confirmed.size() < 5) {
			HttpResponse<String> answer = http.send(material(base, csrf, "Bahan sebelum mati " + confirmed.size()),
					HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
			Matcher id = ID.matcher(answer.body());
			assertThat(id.find()).isTrue();
			confirmed.add(Long.parseLong(id.group(1)));
		}
		child.destroyForcibly().waitFor();

		// The application starts again on the same files and shows every one of them.
		int again = freePort();
		child = start(again, "warta-restart.log");
		HttpClient restarted = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String restartedBase = "http://localhost:" + again;
		signIn(restarted, restartedBase, "kontributor");
		for (int i = 0; i < confirmed.size(); i++) {
			HttpResponse<String> material = restarted.send(HttpRequest
				.newBuilder(URI.create(restartedBase + "/api/v1/materials/" + confirmed.get(i)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(material.statusCode()).as("material %d of %d answered 201 before the kill", i + 1,
					confirmed.size()).isEqualTo(200);
			assertThat(material.body()).contains("Bahan sebelum mati " + i);
		}
		assertThat(Files.readAllLines(home.resolve("warta-restart.log")))
			.as("the restart after the kill").noneMatch(line -> line.contains(" ERROR "));
	}

	/** The application as the README starts it, in {@link #home}, with the demo accounts. */
	private Process start(int port, String logName) throws IOException {
		Path log = home.resolve(logName);
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
				"-XX:TieredStopAtLevel=1",
				// No social platform is called here: the test stubs' address is given so that none is started.
				"-D" + PlatformStubs.PARENT + "=http://127.0.0.1:9", "-cp", System.getProperty("java.class.path"),
				WartaApplication.class.getName(), "--spring.profiles.active=demo", "--server.port=" + port,
				"--logging.structured.format.console=");
		ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		// The embedded default even when this test run itself is pointed at PostgreSQL.
		builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE"));
		Process started = builder.start();
		HttpClient client = HttpClient.newHttpClient();
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
			if (!started.isAlive()) {
				throw new IllegalStateException("The application stopped:\n" + Files.readString(log));
			}
			try {
				return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
					.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
			}
			catch (IOException notYet) {
				return false;
			}
		});
		return started;
	}

	/** Signs in through the login form and returns the CSRF token for the JSON API. */
	private static String signIn(HttpClient http, String base, String username) throws Exception {
		String form = http.send(HttpRequest.newBuilder(URI.create(base + "/masuk")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(token.find()).as("login form").isTrue();
		http.send(HttpRequest.newBuilder(URI.create(base + "/masuk"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=warta-demo-2026&_csrf="
					+ token.group(1)))
			.build(), HttpResponse.BodyHandlers.discarding());
		String api = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/csrf")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher apiToken = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(api);
		assertThat(apiToken.find()).as("signed in: " + api).isTrue();
		return apiToken.group(1);
	}

	private static HttpRequest material(String base, String csrf, String title) throws IOException {
		String boundary = UUID.randomUUID().toString();
		var body = new java.io.ByteArrayOutputStream();
		part(body, boundary, "title", null, title.getBytes(StandardCharsets.UTF_8));
		part(body, boundary, "activityAt", null, "2026-11-20T02:00:00Z".getBytes(StandardCharsets.UTF_8));
		part(body, boundary, "files", "foto.jpg", PHOTO);
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create(base + "/api/v1/materials"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("X-CSRF-TOKEN", csrf)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
	}

	private static void part(java.io.ByteArrayOutputStream body, String boundary, String name, String file,
			byte[] content) throws IOException {
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
				+ (file == null ? "" : "; filename=\"" + file + "\"\r\nContent-Type: image/jpeg") + "\r\n\r\n";
		body.write(head.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write("\r\n".getBytes(StandardCharsets.UTF_8));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
