package id.warta.support;

import java.util.LinkedHashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * One WireMock server for every test in the JVM, standing in for the social platforms (channels/API-CONTRACTS.md).
 * Each platform lives under its own prefix ({@code /telegram}, {@code /facebook/v20.0}, …), and the application's
 * platform addresses are pointed there before any context starts.
 */
public class PlatformStubs implements EnvironmentPostProcessor {

	public static final String PARENT = "warta.test.platform-stubs";

	private static WireMockServer server;

	/** The shared server, started on a free port the first time it is asked for. */
	public static synchronized WireMockServer server() {
		if (server == null) {
			server = new WireMockServer(WireMockConfiguration.options().dynamicPort().asynchronousResponseEnabled(false));
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
			warmUp(server.port());
		}
		return server;
	}

	/**
	 * One request through the server before any test's: the first one loads and initialises most of WireMock,
	 * which on a busy machine takes longer than the read timeout a connector gives a platform.
	 */
	private static void warmUp(int port) {
		try {
			var client = java.net.http.HttpClient.newHttpClient();
			for (int i = 0; i < 5; i++) {
				client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/warm-up"))
					.timeout(java.time.Duration.ofMinutes(1))
					.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
					.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
			}
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The stubs' address. A child process started by a test is given its parent's through the system property
	 * {@code warta.test.platform-stubs}, so that it talks to the same server instead of starting its own.
	 */
	public static String base() {
		String parent = System.getProperty(PARENT);
		return parent != null ? parent : "http://localhost:" + server().port();
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String base = base();
		Map<String, Object> addresses = new LinkedHashMap<>();
		platform(addresses, "facebook", base + "/facebook/v20.0", base + "/facebook-video/v20.0");
		platform(addresses, "instagram", base + "/instagram/v20.0", null);
		platform(addresses, "x", base + "/x/2", null);
		platform(addresses, "youtube", base + "/youtube/youtube/v3", base + "/youtube/upload/youtube/v3");
		platform(addresses, "tiktok", base + "/tiktok/v2", null);
		platform(addresses, "telegram", base + "/telegram", null);
		platform(addresses, "threads", base + "/threads/v1.0", null);
		environment.getPropertySources().addFirst(new MapPropertySource("platformStubs", addresses));
	}

	private static void platform(Map<String, Object> addresses, String name, String api, String upload) {
		String prefix = "warta.channels.platforms." + name + ".";
		addresses.put(prefix + "api", api);
		if (upload != null) {
			addresses.put(prefix + "upload", upload);
		}
		addresses.put(prefix + "authorize", base() + "/" + name + "/authorize");
		addresses.put(prefix + "token", base() + "/" + name + "/token");
		addresses.put(prefix + "client-id", "test-" + name + "-client");
		addresses.put(prefix + "client-secret", "test-" + name + "-secret");
	}
}
