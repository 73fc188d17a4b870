package id.warta.channels.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import id.warta.channels.ChannelFailure;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * An OAuth token endpoint that takes a form and answers JSON (RFC 6749 §4.1.3, §6): Google, TikTok, X. A refusal
 * ({@code invalid_grant}: a code used twice, a revoked refresh token) means connecting again; a busy or silent
 * endpoint is tried again later.
 */
@Component
public class TokenEndpoint {

	private final PlatformHttp http;

	TokenEndpoint(PlatformHttp http) {
		this.http = http;
	}

	/** Posts the form; answers the tokens, which always hold an {@code access_token}. */
	public JsonNode post(URI endpoint, Map<String, String> form, String platform) {
		PlatformHttp.Answer answer = http.send(HttpRequest.newBuilder(endpoint)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(form))), false);
		JsonNode json = answer.json();
		if (answer.status() >= 500 || answer.status() == 429) {
			throw ChannelFailure.transientFailure(platform + " token endpoint " + answer.status(), null);
		}
		// Some platforms (TikTok) answer an error with status 200: no access token is the test.
		if (!answer.ok() || json.path("access_token").asText("").isEmpty()) {
			throw ChannelFailure.token(platform + " token endpoint " + answer.status() + ": "
					+ json.path("error").asText("") + " " + json.path("error_description").asText(""));
		}
		return json;
	}

	/** A lifetime in seconds as the platform gave it; null when it gave none. */
	public static Long seconds(JsonNode tokens, String field) {
		return tokens.path(field).isNumber() ? tokens.path(field).asLong() : null;
	}

	/** {@code application/x-www-form-urlencoded}, also right for a query string. */
	public static String form(Map<String, String> values) {
		return values.entrySet().stream()
			.map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}
}
