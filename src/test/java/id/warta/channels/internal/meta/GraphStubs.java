package id.warta.channels.internal.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Graph API answers for stubs, in its error format (channels/API-CONTRACTS.md §1), and the parameters a stub
 * received, which Meta takes in the query string, a form body or a JSON body alike.
 */
public final class GraphStubs {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private GraphStubs() {
	}

	public static ResponseDefinitionBuilder graphError(int status, int code, int subcode, String message) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withHeader("WWW-Authenticate", "OAuth \"Facebook Platform\" \"invalid_request\" \"" + message + "\"")
			.withBody("{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
					+ (subcode == 0 ? "" : ",\"error_subcode\":" + subcode) + ",\"fbtrace_id\":\"AzT0" + code + "\"}}");
	}

	public static String idJson(String id) {
		return "{\"id\":\"" + id + "\"}";
	}

	/** A parameter from the query string, a form body or a JSON body. */
	public static String param(LoggedRequest request, String name) {
		Map<String, String> found = new LinkedHashMap<>();
		String url = request.getUrl();
		if (url.contains("?")) {
			decode(url.substring(url.indexOf('?') + 1), found);
		}
		String body = request.getBodyAsString();
		if (body != null && body.strip().startsWith("{")) {
			JsonNode json = JSON.readTree(body);
			json.properties().forEach(entry -> found.put(entry.getKey(), entry.getValue().asText()));
		}
		else if (body != null && !body.isBlank()) {
			decode(body, found);
		}
		return found.get(name);
	}

	/** The decoded query parameters of an address. */
	public static Map<String, String> query(String address) {
		Map<String, String> found = new LinkedHashMap<>();
		decode(address.substring(address.indexOf('?') + 1), found);
		return found;
	}

	private static void decode(String encoded, Map<String, String> into) {
		for (String pair : encoded.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				into.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
	}
}
