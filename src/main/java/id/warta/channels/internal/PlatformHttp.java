package id.warta.channels.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import id.warta.channels.ChannelFailure;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP to the platforms, with the timeouts from settings. A call that gets no answer is, for the call that makes
 * a post public, ambiguous (it may have gone through) and otherwise simply transient.
 */
@Component
public class PlatformHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client;
	private final Duration readTimeout;

	PlatformHttp(ChannelSettings settings) {
		// HTTP/1.1: plain-text h2c upgrades confuse some proxies, and uploads gain nothing from HTTP/2 here.
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.readTimeout = settings.readTimeout();
	}

	/**
	 * Sends a request and returns whatever the platform answered, error statuses included.
	 *
	 * @param publicStep whether this call makes the post public, so that no answer means "maybe"
	 */
	public Answer send(HttpRequest.Builder request, boolean publicStep) {
		try {
			HttpResponse<String> response = client.send(request.timeout(readTimeout).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body(), response.headers());
		}
		catch (IOException noAnswer) {
			String what = noAnswer.getClass().getSimpleName() + ": " + noAnswer.getMessage();
			throw publicStep ? ChannelFailure.ambiguous(what) : ChannelFailure.transientFailure(what, null);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw publicStep ? ChannelFailure.ambiguous("interrupted")
					: ChannelFailure.transientFailure("interrupted", null);
		}
	}

	public static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	/** A platform's answer. */
	public record Answer(int status, String body, java.net.http.HttpHeaders headers) {

		public boolean ok() {
			return status >= 200 && status < 300;
		}

		/** The body as JSON; an empty object when it is not JSON (an HTML error page from a proxy). */
		public JsonNode json() {
			try {
				return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
			}
			catch (RuntimeException notJson) {
				return JSON.createObjectNode();
			}
		}

		public java.util.Optional<String> header(String name) {
			return headers.firstValue(name);
		}
	}
}
