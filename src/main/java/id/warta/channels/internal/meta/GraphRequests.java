package id.warta.channels.internal.meta;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Requests in the Graph API's way: parameters of a GET in the query string, those of a POST in a form body (a
 * caption of 2,200 characters would make too long an address), the token among them as {@code access_token}.
 */
public final class GraphRequests {

	private GraphRequests() {
	}

	public static HttpRequest.Builder get(URI base, String path, Map<String, String> query) {
		return HttpRequest.newBuilder(address(base, path, query)).GET();
	}

	public static HttpRequest.Builder post(URI base, String path, Map<String, String> form) {
		return HttpRequest.newBuilder(address(base, path, Map.of()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(form)));
	}

	/** The base with the path after it, and the parameters, in order, as a query string. */
	public static URI address(URI base, String path, Map<String, String> query) {
		String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1)
				: base.toString();
		String tail = path.isEmpty() ? "" : path.startsWith("/") ? path : "/" + path;
		return URI.create(root + tail + (query.isEmpty() ? "" : "?" + encode(query)));
	}

	/** Parameters from name and value pairs, in order. */
	public static Map<String, String> parameters(String... pairs) {
		Map<String, String> parameters = new java.util.LinkedHashMap<>();
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			parameters.put(pairs[i], pairs[i + 1]);
		}
		return parameters;
	}

	static String encode(Map<String, String> parameters) {
		return parameters.entrySet()
			.stream()
			.map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}
}
